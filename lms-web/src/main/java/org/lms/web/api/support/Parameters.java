package org.lms.web.api.support;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A request's query parameters, read one by one like {@link JsonBody}: a wrong value is noted
 * with its reason and {@link #validate()} answers 400 naming all of them. Parameters are taken as
 * text (not as numbers) so that a malformed one is a 400 that names it, not a bare 404.
 */
public final class Parameters {

    private final Map<String, Message> problems = new LinkedHashMap<>();

    public Long number(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(raw.strip());
        } catch (NumberFormatException e) {
            problems.put(name, new Message(ApiText.FIELD_WHOLE_NUMBER));
            return null;
        }
    }

    public long requiredNumber(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            problems.put(name, new Message(ApiText.FIELD_REQUIRED));
            return 0;
        }
        Long number = number(name, raw);
        return number == null ? 0 : number;
    }

    /** A constant of {@code type} named case-insensitively, or null when none is given. */
    public <E extends Enum<E>> E choice(String name, String raw, Class<E> type) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.put(name, new Message(ApiText.FIELD_ONE_OF, names(type)));
            return null;
        }
    }

    public Instant instant(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(raw.strip());
        } catch (DateTimeParseException e) {
            problems.put(name, new Message(ApiText.FIELD_INSTANT));
            return null;
        }
    }

    /** A calendar month such as {@code 2026-03}, or null when none is given. */
    public java.time.YearMonth month(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return java.time.YearMonth.parse(raw.strip());
        } catch (DateTimeParseException e) {
            problems.put(name, new Message(ApiText.FIELD_MONTH));
            return null;
        }
    }

    /** An end that is not after the start of its range is noted against the end's name. */
    public void requireOrder(String fromName, Instant from, String toName, Instant to) {
        if (from != null && to != null && !to.isAfter(from) && !problems.containsKey(toName)) {
            problems.put(toName, new Message(ApiText.FIELD_RANGE, fromName));
        }
    }

    /** {@code page} from 0 and {@code size} from 1 to {@link Paging#MAX_SIZE}; defaults 0 and {@link Paging#DEFAULT_SIZE}. */
    public Paging paging(String page, String size) {
        int pageNumber = bounded("page", page, 0, 0, Integer.MAX_VALUE, new Message(ApiText.FIELD_PAGE));
        int pageSize = bounded("size", size, Paging.DEFAULT_SIZE, 1, Paging.MAX_SIZE, new Message(ApiText.FIELD_SIZE, Paging.MAX_SIZE));
        if (!problems.containsKey("page") && (long) pageNumber * pageSize > Integer.MAX_VALUE) {
            problems.put("page", new Message(ApiText.FIELD_PAGE));
        }
        return new Paging(pageNumber, pageSize);
    }

    /**
     * {@code sort}: a field name, with a leading {@code -} for descending order. {@code fields}
     * maps the names the API documents to the service's sort keys.
     */
    public <K> Sort<K> sort(String raw, Map<String, K> fields, K defaultField) {
        if (raw == null || raw.isBlank()) {
            return new Sort<>(defaultField, false);
        }
        String text = raw.strip();
        boolean descending = text.startsWith("-");
        String name = descending || text.startsWith("+") ? text.substring(1) : text;
        K field = fields.get(name);
        if (field == null) {
            problems.put("sort", new Message(ApiText.FIELD_ONE_OF, String.join(", ", new java.util.TreeSet<>(fields.keySet()))));
            return new Sort<>(defaultField, false);
        }
        return new Sort<>(field, descending);
    }

    /** For a list that has one order only: {@code sort} may name it ({@code only}, with its sign) or be left out. */
    public void fixedOrder(String raw, String only) {
        if (raw != null && !raw.isBlank() && !raw.strip().equals(only)
                && !(raw.strip().startsWith("+") && raw.strip().substring(1).equals(only))) {
            problems.put("sort", new Message(ApiText.FIELD_ONE_OF, only));
        }
    }

    /** Notes a reason found elsewhere (the first one for a name counts), to be answered with the others. */
    public void note(String name, Message reason) {
        problems.putIfAbsent(name, reason);
    }

    public void validate() {
        if (!problems.isEmpty()) {
            throw ApiProblem.invalid(problems);
        }
    }

    /** A sort key and its direction. */
    public record Sort<K>(K field, boolean descending) {
    }

    private int bounded(String name, String raw, int defaultValue, int min, int max, Message reason) {
        if (raw == null || raw.isBlank()) {
            return defaultValue;
        }
        try {
            int value = Integer.parseInt(raw.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.put(name, reason);
        return defaultValue;
    }

    private static String names(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
