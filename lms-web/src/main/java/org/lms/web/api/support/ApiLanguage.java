package org.lms.web.api.support;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The language of the API's messages: German when the client's Accept-Language prefers it to
 * English, English otherwise.
 */
public final class ApiLanguage {

    private ApiLanguage() {
    }

    /** {@code acceptable} is the Accept-Language list, best first, as JAX-RS hands it over. */
    public static Locale of(List<Locale> acceptable) {
        if (acceptable != null) {
            for (Locale locale : acceptable) {
                if ("de".equals(locale.getLanguage())) {
                    return Locale.GERMAN;
                }
                if ("en".equals(locale.getLanguage()) || "*".equals(locale.getLanguage())) {
                    return Locale.ENGLISH;
                }
            }
        }
        return Locale.ENGLISH;
    }

    /** The same, when reading the header may fail on a malformed value: then English. */
    public static Locale of(Supplier<List<Locale>> acceptable) {
        try {
            return of(acceptable.get());
        } catch (RuntimeException unreadableHeader) {
            return Locale.ENGLISH;
        }
    }
}
