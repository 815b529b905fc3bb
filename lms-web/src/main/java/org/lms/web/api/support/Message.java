package org.lms.web.api.support;

import java.util.Locale;

/** An {@link ApiText} with its arguments, put into words once the request's language is known. */
public record Message(ApiText text, Object... arguments) {

    public String in(Locale locale) {
        return text.in(locale, arguments);
    }
}
