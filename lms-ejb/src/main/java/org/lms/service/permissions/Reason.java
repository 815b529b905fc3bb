package org.lms.service.permissions;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Locale;

/** One sentence of a decision: a bundle key and its arguments. */
public record Reason(String key, Object... arguments) implements Serializable {

    public String message(Locale locale) {
        return Refusal.text(key, arguments, locale);
    }

    public Refusal refusal() {
        return new Refusal(key, arguments);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Reason r && r.key.equals(key) && Arrays.equals(r.arguments, arguments);
    }

    @Override
    public int hashCode() {
        return key.hashCode() * 31 + Arrays.hashCode(arguments);
    }

    @Override
    public String toString() {
        return message(Locale.ENGLISH);
    }
}
