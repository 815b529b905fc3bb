package org.lms.web.api.support;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A request the HTTP layer turns down before any service sees it: a body that is not JSON, a
 * field of the wrong type, a page size out of range. Everything the services decide (privileges,
 * scope, rules, the validity of names and emails) comes back as their own exceptions instead.
 */
public class ApiProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;
    private final transient Message message;
    private final transient Map<String, Message> fields;

    public ApiProblem(int status, String code, Message message, Map<String, Message> fields) {
        super(code + ": " + message.text().key() + (fields.isEmpty() ? "" : " " + fields.keySet()));
        this.status = status;
        this.code = code;
        this.message = message;
        this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** 400 naming each field that is wrong and why. */
    public static ApiProblem invalid(Map<String, Message> fields) {
        return new ApiProblem(400, "invalid_input", new Message(ApiText.INVALID_INPUT), fields);
    }

    public static ApiProblem invalid(String field, ApiText reason, Object... arguments) {
        return invalid(Map.of(field, new Message(reason, arguments)));
    }

    /** 400 for a body that cannot be read at all. */
    public static ApiProblem unreadable(String code, ApiText text, Object... arguments) {
        return new ApiProblem(400, code, new Message(text, arguments), Map.of());
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Map<String, Message> fields() {
        return fields;
    }

    public ApiFailure describe(Locale locale) {
        Map<String, String> words = new LinkedHashMap<>();
        fields.forEach((field, reason) -> words.put(field, reason.in(locale)));
        return ApiFailure.of(status, code, message.in(locale), words);
    }
}
