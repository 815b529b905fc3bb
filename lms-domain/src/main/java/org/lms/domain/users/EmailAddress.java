package org.lms.domain.users;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Email rules in one place: the length limit, a pragmatic shape check, and the case-insensitive
 * key under which an address is unique.
 */
public final class EmailAddress {

    /** RFC 5321 limits a forward path to 254 characters. */
    public static final int MAX_LENGTH = 254;

    // One @, a non-empty local part and a dotted domain. No spaces, control or format characters of
    // any script (no-break and zero-width spaces, direction overrides), so no address can pass for
    // another that looks the same.
    private static final String ALLOWED = "[^@\\s\\p{Z}\\p{Cc}\\p{Cf}";
    private static final Pattern SHAPE = Pattern.compile(
            "^" + ALLOWED + "]+@" + ALLOWED + ".]+(\\." + ALLOWED + ".]+)+$", Pattern.UNICODE_CHARACTER_CLASS);

    private EmailAddress() {
    }

    /** The address trimmed, if it is well formed and not too long. */
    public static Optional<String> parse(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        String trimmed = raw.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_LENGTH || !SHAPE.matcher(trimmed).matches()) {
            return Optional.empty();
        }
        return Optional.of(trimmed);
    }

    /** The key under which an address is unique: lower case in a locale-neutral way. */
    public static String key(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
