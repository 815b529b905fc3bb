package org.lms.web.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.Application;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.lms.web.security.ActiveUser;

/**
 * The language of this request: the person's own choice, else the best match of the browser's
 * languages among those the portal speaks, else the account's default.
 */
@Named
@RequestScoped
public class Locales {

    @Inject
    private ActiveUser activeUser;

    private Locale current;

    public Locale getCurrent() {
        if (current == null) {
            current = activeUser.chosenLocale().map(this::supportedOrNull)
                    .orElseGet(this::fromBrowserOrAccount);
        }
        return current;
    }

    public List<Locale> getSupported() {
        Application application = FacesContext.getCurrentInstance().getApplication();
        List<Locale> supported = new ArrayList<>();
        supported.add(application.getDefaultLocale());
        for (Iterator<Locale> it = application.getSupportedLocales(); it.hasNext();) {
            Locale locale = it.next();
            if (!supported.contains(locale)) {
                supported.add(locale);
            }
        }
        return supported;
    }

    private Locale fromBrowserOrAccount() {
        FacesContext context = FacesContext.getCurrentInstance();
        for (Iterator<Locale> it = context.getExternalContext().getRequestLocales(); it.hasNext();) {
            Locale match = supportedOrNull(it.next());
            if (match != null) {
                return match;
            }
        }
        Locale account = supportedOrNull(activeUser.accountLocale());
        return account != null ? account : context.getApplication().getDefaultLocale();
    }

    private Locale supportedOrNull(Locale wanted) {
        for (Locale locale : getSupported()) {
            if (locale.getLanguage().equals(wanted.getLanguage())) {
                return locale;
            }
        }
        return null;
    }
}
