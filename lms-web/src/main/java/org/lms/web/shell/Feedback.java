package org.lms.web.shell;

import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.io.IOException;
import java.util.Map;
import org.lms.service.permissions.InvalidInput;
import org.lms.service.permissions.NotFound;
import org.lms.service.permissions.Reason;
import org.lms.service.permissions.Refusal;
import org.lms.web.i18n.Locales;
import org.lms.web.i18n.Messages;

/**
 * Puts the services' answers on the page in the person's language: a field's reason next to the
 * field, a rule's refusal or "not found" at the top. Backing beans call the services and hand
 * their exceptions here, so every page words them alike.
 */
@RequestScoped
public class Feedback {

    @Inject
    private Messages messages;

    @Inject
    private Locales locales;

    public void info(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_INFO, messages.format(key, arguments));
    }

    public void error(String key, Object... arguments) {
        add(null, FacesMessage.SEVERITY_ERROR, messages.format(key, arguments));
    }

    public String text(Reason reason) {
        return reason.message(locales.getCurrent());
    }

    /**
     * Shows a service's failure. Field reasons go to the component {@code formId:field} when the
     * page has one, else to the top of the page. Anything else is not the person's doing and is
     * thrown on.
     */
    public void failed(RuntimeException e, String formId) {
        if (e instanceof InvalidInput invalid) {
            invalid(invalid, formId);
        } else if (e instanceof Refusal refusal) {
            add(null, FacesMessage.SEVERITY_ERROR, refusal.message(locales.getCurrent()));
        } else if (e instanceof NotFound || e instanceof EJBAccessException) {
            error("feedback.notFound");
        } else if (isOptimisticLock(e)) {
            error("feedback.changedBySomeoneElse");
        } else {
            throw e;
        }
    }

    /** Whether a save failed at commit because someone else saved the same object first. */
    public static boolean isOptimisticLock(Throwable e) {
        // The provider's own exception may arrive unwrapped inside the container's: match by name.
        for (Throwable t = e; t != null && t.getCause() != t; t = t.getCause()) {
            if (t instanceof OptimisticLockException || t.getClass().getSimpleName().equals("OptimisticLockException")) {
                return true;
            }
        }
        return false;
    }

    /** Answers the request with "not found", as a page of something missing or out of scope must. */
    public void notFoundPage() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(404, null);
        } catch (IOException e) {
            throw new IllegalStateException("cannot answer not found", e);
        }
        faces.responseComplete();
    }

    private void invalid(InvalidInput invalid, String formId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (Map.Entry<String, Reason> entry : invalid.fieldReasons().entrySet()) {
            String text = entry.getValue().message(locales.getCurrent());
            String clientId = formId == null ? null : formId + ":" + entry.getKey();
            UIComponent field = clientId == null ? null : faces.getViewRoot().findComponent(":" + clientId);
            if (field != null) {
                faces.addMessage(field.getClientId(faces), new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
                faces.validationFailed();
            } else {
                add(null, FacesMessage.SEVERITY_ERROR, text);
            }
        }
    }

    private static void add(String clientId, FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(severity, text, null));
    }
}
