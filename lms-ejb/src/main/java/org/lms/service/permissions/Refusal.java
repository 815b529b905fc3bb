package org.lms.service.permissions;

import jakarta.ejb.ApplicationException;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A rule said no: the caller may hold the privilege, but not for this (granting more than they
 * hold, touching the Account Owner, changing their own role, ...). The reason is a bundle key with
 * arguments, readable in the person's language; {@link #getMessage()} is the English text.
 */
@ApplicationException(rollback = true)
public class Refusal extends RuntimeException {

    private static final long serialVersionUID = 1L;
    static final String BUNDLE = "org.lms.service.permissions.reasons";

    private final String reasonKey;
    private final Object[] arguments;

    public Refusal(String reasonKey, Object... arguments) {
        super(text(reasonKey, arguments, Locale.ENGLISH));
        this.reasonKey = reasonKey;
        this.arguments = arguments.clone();
    }

    public String reasonKey() {
        return reasonKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }

    /** The reason in {@code locale}. */
    public String message(Locale locale) {
        return text(reasonKey, arguments, locale);
    }

    static String text(String key, Object[] arguments, Locale locale) {
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, locale, Refusal.class.getClassLoader()).getString(key);
            Object[] localized = new Object[arguments.length];
            for (int i = 0; i < arguments.length; i++) {
                localized[i] = arguments[i] instanceof Localizable l ? l.in(locale) : arguments[i];
            }
            return new MessageFormat(pattern, locale).format(localized);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
