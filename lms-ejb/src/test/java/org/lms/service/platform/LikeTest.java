package org.lms.service.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LikeTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "alice|alice",
        "100%|100\\%",
        "first_last|first\\_last",
        "back\\slash|back\\\\slash",
        "%_\\|\\%\\_\\\\",
        "\\%|\\\\\\%",
        "__|\\_\\_",
    })
    void escapesLikeWildcardsAndTheEscapeCharacter(String typed, String escaped) {
        assertEquals(escaped, Like.escape(typed));
    }

    @ParameterizedTest
    @ValueSource(strings = {"100%", "first_last", "a\\b", "\\%", "%", "_", "\\", "50%_off\\now"})
    void escapedTextMatchesOnlyItselfLiterally(String typed) {
        Pattern like = likeToRegex(Like.contains(typed));

        assertTrue(like.matcher("xx" + typed + "yy").matches(), "finds the literal text");
        String lookalike = typed.replace('%', 'Q').replace('_', 'Q').replace('\\', 'Q');
        assertFalse(like.matcher(lookalike).matches(), "a wildcard must not stand for another character: " + lookalike);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ALICE", " Alice ", "alice"})
    void containsIsCaseInsensitiveAndTrimmed(String typed) {
        assertEquals("%alice%", Like.contains(typed));
    }

    /** JPQL LIKE with ESCAPE '\', as the services' queries use it. */
    private static Pattern likeToRegex(String like) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < like.length(); i++) {
            char c = like.charAt(i);
            if (c == '\\') {
                i++;
                if (i == like.length()) {
                    throw new IllegalArgumentException("dangling escape in " + like);
                }
                regex.append(Pattern.quote(String.valueOf(like.charAt(i))));
            } else if (c == '%') {
                regex.append(".*");
            } else if (c == '_') {
                regex.append('.');
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return Pattern.compile(regex.toString(), Pattern.DOTALL);
    }
}
