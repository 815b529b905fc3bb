package org.lms.web.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Texts from the portal's resource bundle in the request's language, for backing beans. */
@Named
@RequestScoped
public class Messages {

    public static final String BUNDLE = "org.lms.web.i18n.messages";

    @Inject
    private Locales locales;

    public String get(String key) {
        try {
            return ResourceBundle.getBundle(BUNDLE, locales.getCurrent()).getString(key);
        } catch (MissingResourceException e) {
            return "???" + key + "???";
        }
    }

    public String format(String key, Object... arguments) {
        return new MessageFormat(get(key), locales.getCurrent()).format(arguments);
    }
}
