package org.lms.web.api.support;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A request's JSON object, read field by field. Each getter checks the type of its field and
 * notes a reason when it is wrong; {@link #validate()} then answers 400 naming every such field
 * at once. A field that is absent and a field that is {@code null} both read as null.
 *
 * <p>Only the shape is checked here (a text, a whole number, a list of texts); whether a name or
 * an email is acceptable is the services' decision.
 */
public final class JsonBody {

    private final JsonObject json;
    private final Map<String, Message> problems = new LinkedHashMap<>();

    public JsonBody(JsonObject json) {
        this.json = json;
    }

    /** The body, or 400 when the request had none. */
    public static JsonBody present(JsonBody body) {
        if (body == null) {
            throw ApiProblem.unreadable("malformed_json", ApiText.BODY_REQUIRED);
        }
        return body;
    }

    /**
     * Notes every field that is not one of {@code accepted}: the ones in {@code readOnly} as fields
     * this request cannot change, any other as unknown.
     */
    public JsonBody accept(Collection<String> accepted, Collection<String> readOnly) {
        for (String field : json.keySet()) {
            if (!accepted.contains(field)) {
                problems.put(field, new Message(readOnly.contains(field) ? ApiText.FIELD_READ_ONLY : ApiText.FIELD_UNKNOWN));
            }
        }
        return this;
    }

    public JsonBody accept(Collection<String> accepted) {
        return accept(accepted, Set.of());
    }

    public boolean has(String field) {
        return json.containsKey(field);
    }

    /** Whether the field is present with the value {@code null}. */
    public boolean isNull(String field) {
        return json.containsKey(field) && json.get(field).getValueType() == JsonValue.ValueType.NULL;
    }

    public String text(String field) {
        JsonValue value = value(field);
        if (value == null) {
            return null;
        }
        if (value instanceof JsonString string) {
            return string.getString();
        }
        problems.put(field, new Message(ApiText.FIELD_TEXT));
        return null;
    }

    public Long number(String field) {
        JsonValue value = value(field);
        if (value == null) {
            return null;
        }
        if (!(value instanceof JsonNumber number)) {
            problems.put(field, new Message(ApiText.FIELD_WHOLE_NUMBER));
            return null;
        }
        return wholeNumber(field, number.bigDecimalValue());
    }

    /** A whole number that must be given; 0 stands in when it is missing (and {@link #validate()} will fail). */
    public long requiredNumber(String field) {
        if (value(field) == null) {
            problems.putIfAbsent(field, new Message(ApiText.FIELD_REQUIRED));
            return 0;
        }
        Long number = number(field);
        return number == null ? 0 : number;
    }

    /** A whole number that must be given and fit an int; 0 stands in when it is missing or too large. */
    public int requiredInt(String field) {
        long number = requiredNumber(field);
        if (number < Integer.MIN_VALUE || number > Integer.MAX_VALUE) {
            problems.put(field, new Message(ApiText.FIELD_OUT_OF_RANGE));
            return 0;
        }
        return (int) number;
    }

    /** A boolean that must be given; false stands in when it is missing (and {@link #validate()} will fail). */
    public boolean requiredFlag(String field) {
        if (value(field) == null) {
            problems.putIfAbsent(field, new Message(ApiText.FIELD_REQUIRED));
            return false;
        }
        return Boolean.TRUE.equals(flag(field));
    }

    public Boolean flag(String field) {
        JsonValue value = value(field);
        if (value == null) {
            return null;
        }
        if (value == JsonValue.TRUE || value == JsonValue.FALSE
                || value.getValueType() == JsonValue.ValueType.TRUE || value.getValueType() == JsonValue.ValueType.FALSE) {
            return value.getValueType() == JsonValue.ValueType.TRUE;
        }
        problems.put(field, new Message(ApiText.FIELD_BOOLEAN));
        return null;
    }

    /** A constant of {@code type} named case-insensitively, or null when the field is absent or null. */
    public <E extends Enum<E>> E choice(String field, Class<E> type) {
        String raw = text(field);
        if (raw == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException notOne) {
            problems.put(field, new Message(ApiText.FIELD_ONE_OF,
                    Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))));
            return null;
        }
    }

    public List<String> texts(String field) {
        JsonValue value = value(field);
        if (value == null) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            problems.put(field, new Message(ApiText.FIELD_TEXTS));
            return null;
        }
        List<String> texts = new ArrayList<>();
        for (JsonValue element : value.asJsonArray()) {
            if (!(element instanceof JsonString string)) {
                problems.put(field, new Message(ApiText.FIELD_TEXTS));
                return null;
            }
            texts.add(string.getString());
        }
        return texts;
    }

    /**
     * An object whose values are texts, by name; a {@code null} value reads as an empty text (the
     * value is to be emptied). Null when the field is absent or null.
     */
    public Map<String, String> textMap(String field) {
        JsonValue value = value(field);
        if (value == null) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            problems.put(field, new Message(ApiText.FIELD_TEXT_MAP));
            return null;
        }
        Map<String, String> texts = new LinkedHashMap<>();
        for (Map.Entry<String, JsonValue> entry : value.asJsonObject().entrySet()) {
            if (entry.getValue() instanceof JsonString string) {
                texts.put(entry.getKey(), string.getString());
            } else if (entry.getValue().getValueType() == JsonValue.ValueType.NULL) {
                texts.put(entry.getKey(), "");
            } else {
                problems.put(field, new Message(ApiText.FIELD_TEXT_MAP));
                return null;
            }
        }
        return texts;
    }

    /**
     * A list of objects, each read as a body of its own; null when the field is absent or null.
     * Problems found in an element are taken over with {@link #include(String, JsonBody)}.
     */
    public List<JsonBody> objects(String field) {
        JsonValue value = value(field);
        if (value == null) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY
                || value.asJsonArray().stream().anyMatch(e -> e.getValueType() != JsonValue.ValueType.OBJECT)) {
            problems.put(field, new Message(ApiText.FIELD_OBJECTS));
            return null;
        }
        return value.asJsonArray().stream().map(e -> new JsonBody(e.asJsonObject())).toList();
    }

    /** A list of whole numbers; null when the field is absent or null. */
    public List<Long> numbers(String field) {
        JsonValue value = value(field);
        if (value == null) {
            return null;
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            problems.put(field, new Message(ApiText.FIELD_NUMBERS));
            return null;
        }
        List<Long> numbers = new ArrayList<>();
        for (JsonValue element : value.asJsonArray()) {
            Long number = element instanceof JsonNumber n && n.isIntegral() && n.bigDecimalValue().precision() - n.bigDecimalValue().scale() <= 18
                    ? n.longValue() : null;
            if (number == null) {
                problems.put(field, new Message(ApiText.FIELD_NUMBERS));
                return null;
            }
            numbers.add(number);
        }
        return numbers;
    }

    /** Takes over the problems of an element of a list, named {@code prefix} and the element's field. */
    public void include(String prefix, JsonBody element) {
        element.problems.forEach((field, message) -> problems.putIfAbsent(prefix + "." + field, message));
    }

    /** Notes a problem found by the caller, such as a value outside a fixed list. */
    public void problem(String field, ApiText reason, Object... arguments) {
        problems.putIfAbsent(field, new Message(reason, arguments));
    }

    /** Answers 400 naming every field noted as wrong, if any. */
    public void validate() {
        if (!problems.isEmpty()) {
            throw ApiProblem.invalid(problems);
        }
    }

    private JsonValue value(String field) {
        JsonValue value = json.get(field);
        return value == null || value.getValueType() == JsonValue.ValueType.NULL ? null : value;
    }

    /**
     * A whole number that fits a long. The digits are counted before converting, because a number
     * such as 1e999999999 is cheap to parse but not to expand.
     */
    private Long wholeNumber(String field, BigDecimal number) {
        if (number.precision() - number.scale() > 19) {
            problems.put(field, new Message(ApiText.FIELD_OUT_OF_RANGE));
            return null;
        }
        BigDecimal whole = number.scale() > 0 ? number.stripTrailingZeros() : number;
        if (whole.scale() > 0) {
            problems.put(field, new Message(ApiText.FIELD_WHOLE_NUMBER));
            return null;
        }
        try {
            return whole.longValueExact();
        } catch (ArithmeticException tooLarge) {
            problems.put(field, new Message(ApiText.FIELD_OUT_OF_RANGE));
            return null;
        }
    }
}
