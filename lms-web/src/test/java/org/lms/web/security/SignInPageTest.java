package org.lms.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Where the sign-in form sends a person afterwards: only ever a path of this portal. */
class SignInPageTest {

    private static final String HOME = "/index.xhtml";

    private static String safeNext(String next) {
        SignInPage page = new SignInPage();
        page.setNext(next);
        return page.safeNext();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/",
        "/index.xhtml",
        "/admin/users.xhtml",
        "/admin/users.xhtml?status=ACTIVE&page=2",
        "/admin/users.xhtml#top",
        "/a/b/c/d.xhtml",
        "/search.xhtml?q=%2F%2Fevil",
    })
    void localPathsPass(String next) {
        assertEquals(next, safeNext(next));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
        "//evil.example.com",
        "//evil.example.com/index.xhtml",
        "/\\evil.example.com",
        "/\\/evil.example.com",
        "\\\\evil.example.com",
        "https://evil.example.com",
        "http://evil.example.com/index.xhtml",
        "javascript:alert(1)",
        "JavaScript:alert(document.cookie)",
        "data:text/html,<script>alert(1)</script>",
        "evil.example.com",
        "index.xhtml",
        " /index.xhtml",
        "/index.xhtml?q=a b",
        "/admin/ users.xhtml",
        "/index.xhtml\r\nSet-Cookie: x=1",
        "/index.xhtml\nLocation: https://evil.example.com",
        "/\t/evil.example.com",
    })
    void everythingElseFallsBackToHome(String next) {
        assertEquals(HOME, safeNext(next));
    }

    @Test
    void aVeryLongPathFallsBackToHome() {
        assertEquals(HOME, safeNext("/" + "a".repeat(2999)));
    }

    @Test
    void theLongestAcceptedPathIsJustUnderTwoThousandCharacters() {
        String longest = "/" + "a".repeat(1998);
        assertEquals(longest, safeNext(longest));
        assertEquals(HOME, safeNext(longest + "a"));
    }
}
