package org.lms.web.api.support;

/**
 * A look at a JSON text before it is parsed, for the two things a parser pays dearly for: deep
 * nesting (the parser recurses) and very long numbers (turning a million digits into a number
 * takes many seconds). Structural characters are ASCII, so counting bytes outside strings is
 * enough for UTF-8.
 */
final class JsonShape {

    /** Deeper than any request of this API needs. */
    static final int MAX_DEPTH = 32;
    /** A long and its sign, a fraction, an exponent: more digits than this is never a valid id or count. */
    static final int MAX_NUMBER_LENGTH = 64;

    enum Verdict { FINE, TOO_DEEP, NUMBER_TOO_LONG }

    private JsonShape() {
    }

    static Verdict check(byte[] json) {
        int depth = 0;
        int numberLength = 0;
        boolean inString = false;
        boolean escaped = false;
        for (byte b : json) {
            if (inString) {
                if (escaped) {
                    escaped = false;
                } else if (b == '\\') {
                    escaped = true;
                } else if (b == '"') {
                    inString = false;
                }
                continue;
            }
            if (isNumberCharacter(b)) {
                if (++numberLength > MAX_NUMBER_LENGTH) {
                    return Verdict.NUMBER_TOO_LONG;
                }
                continue;
            }
            numberLength = 0;
            if (b == '"') {
                inString = true;
            } else if (b == '{' || b == '[') {
                if (++depth > MAX_DEPTH) {
                    return Verdict.TOO_DEEP;
                }
            } else if (b == '}' || b == ']') {
                depth--;
            }
        }
        return Verdict.FINE;
    }

    private static boolean isNumberCharacter(byte b) {
        return b >= '0' && b <= '9' || b == '-' || b == '+' || b == '.' || b == 'e' || b == 'E';
    }
}
