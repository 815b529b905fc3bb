package org.lms.web.shell;

/**
 * Reads ids and names from a page's address or an export link. Anything malformed reads as absent,
 * which widens nothing: the services limit every answer to the caller's scope.
 */
public final class AddressParameters {

    private AddressParameters() {
    }

    /** A positive or negative whole number of at most 19 digits, else null. */
    public static Long id(String value) {
        if (value == null || value.isBlank() || value.length() > 19) {
            return null;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The constant of {@code type} named exactly {@code value}, else null. */
    public static <E extends Enum<E>> E enumValue(Class<E> type, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
