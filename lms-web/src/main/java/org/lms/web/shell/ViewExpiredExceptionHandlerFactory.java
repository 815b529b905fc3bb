package org.lms.web.shell;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.util.Iterator;
import org.primefaces.csp.CspException;

/**
 * An expired or forged form post (its view state unknown to the server, or its script nonce not
 * the one the page was given) sends the person back to the same page, freshly loaded, with a
 * message, instead of an error page. Nothing of the post is carried out.
 */
public class ViewExpiredExceptionHandlerFactory extends ExceptionHandlerFactory {

    public static final String EXPIRED_PARAMETER = "expired";

    public ViewExpiredExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() throws FacesException {
            for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator(); events.hasNext();) {
                Throwable thrown = events.next().getContext().getException();
                ViewExpiredException expired = find(thrown, ViewExpiredException.class);
                if (expired != null) {
                    events.remove();
                    sendBack(expired.getViewId());
                    return;
                }
                if (find(thrown, CspException.class) != null) {
                    events.remove();
                    FacesContext faces = FacesContext.getCurrentInstance();
                    sendBack(faces.getViewRoot() == null ? null : faces.getViewRoot().getViewId());
                    return;
                }
            }
            getWrapped().handle();
        }

        private static <T extends Throwable> T find(Throwable thrown, Class<T> type) {
            for (Throwable t = thrown; t != null; t = t.getCause()) {
                if (type.isInstance(t)) {
                    return type.cast(t);
                }
            }
            return null;
        }

        private static void sendBack(String viewId) {
            FacesContext faces = FacesContext.getCurrentInstance();
            ExternalContext external = faces.getExternalContext();
            String target = viewId != null && viewId.endsWith(".xhtml") && !viewId.startsWith("/WEB-INF")
                    ? viewId : "/index.xhtml";
            try {
                // The templates show the "page had expired" notice for this parameter.
                external.redirect(external.getRequestContextPath() + target + "?" + EXPIRED_PARAMETER + "=true");
            } catch (IOException e) {
                throw new FacesException(e);
            }
            faces.responseComplete();
        }
    }
}
