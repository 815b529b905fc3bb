package org.lms.web.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** Texts from the portal's resource bundle in the request's language, for backing beans. */
@Named
@RequestScoped
public class Messages {

    public static final String BUNDLE = "org.lms.web.i18n.messages";

    @Inject
    private Locales locales;

    /** The bundle and parsed patterns of this request's language; a list asks for the same texts once per row. */
    private Locale locale;
    private ResourceBundle bundle;
    private final Map<String, MessageFormat> patterns = new HashMap<>();

    public String get(String key) {
        try {
            return bundle().getString(key);
        } catch (MissingResourceException e) {
            return "???" + key + "???";
        }
    }

    public String format(String key, Object... arguments) {
        bundle();
        // The bean lives for one request, so its one thread uses the (not thread-safe) formats.
        return patterns.computeIfAbsent(key, k -> new MessageFormat(get(k), locale)).format(arguments);
    }

    private ResourceBundle bundle() {
        Locale current = locales.getCurrent();
        if (!current.equals(locale)) {
            bundle = ResourceBundle.getBundle(BUNDLE, current);
            patterns.clear();
            locale = current;
        }
        return bundle;
    }
}
