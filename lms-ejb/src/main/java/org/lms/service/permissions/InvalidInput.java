package org.lms.service.permissions;

import jakarta.ejb.ApplicationException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Input that breaks a rule of the data (a malformed email, an empty name, a duplicate address, a
 * stale version). Each field carries its reason; nothing was changed.
 */
@ApplicationException(rollback = true)
public class InvalidInput extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final Map<String, Reason> fieldReasons;
    private final boolean conflict;

    private InvalidInput(Map<String, Reason> fieldReasons, boolean conflict) {
        super(fieldReasons.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining("; ")));
        this.fieldReasons = Collections.unmodifiableMap(new LinkedHashMap<>(fieldReasons));
        this.conflict = conflict;
    }

    public static InvalidInput field(String field, String reasonKey, Object... arguments) {
        return new InvalidInput(Map.of(field, new Reason(reasonKey, arguments)), false);
    }

    public static InvalidInput field(String field, Reason reason) {
        return new InvalidInput(Map.of(field, reason), false);
    }

    public static InvalidInput fields(Map<String, Reason> fieldReasons) {
        return new InvalidInput(fieldReasons, false);
    }

    /** The input clashes with what is stored: a duplicate email, or a version someone else changed. */
    public static InvalidInput conflict(String field, String reasonKey, Object... arguments) {
        return new InvalidInput(Map.of(field, new Reason(reasonKey, arguments)), true);
    }

    /**
     * Refuses a change made to a stale copy: the caller saw version {@code seen}, the stored object
     * is at {@code stored}. Nothing is changed; the person reloads and makes their change again.
     */
    public static void requireCurrent(long stored, long seen) {
        if (stored != seen) {
            throw conflict("version", "input.changedBySomeoneElse");
        }
    }

    public Map<String, Reason> fieldReasons() {
        return fieldReasons;
    }

    public boolean isConflict() {
        return conflict;
    }

    /** Field name to reason in {@code locale}. */
    public Map<String, String> messages(Locale locale) {
        Map<String, String> messages = new LinkedHashMap<>();
        fieldReasons.forEach((field, reason) -> messages.put(field, reason.message(locale)));
        return messages;
    }
}
