package org.lms.domain.users;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

    private static final String DOMAIN = "@example.com";

    @ParameterizedTest
    @ValueSource(strings = {
        "alice@example.com",
        "alice.smith+lms@mail.example.co.uk",
        "o'brien@example.org",
        "x@y.zz",
    })
    void acceptsWellFormedAddressesUnchanged(String address) {
        assertEquals(Optional.of(address), EmailAddress.parse(address));
    }

    @Test
    void trimsSurroundingWhitespace() {
        assertEquals(Optional.of("alice@example.com"), EmailAddress.parse("  alice@example.com\t\n"));
    }

    @Test
    void keepsTheCaseOfWhatWasTyped() {
        assertEquals(Optional.of("Alice@Example.COM"), EmailAddress.parse("Alice@Example.COM"));
    }

    @Test
    void acceptsExactlyTheMaximumLength() {
        String address = "a".repeat(EmailAddress.MAX_LENGTH - DOMAIN.length()) + DOMAIN;
        assertEquals(254, address.length());
        assertEquals(Optional.of(address), EmailAddress.parse(address));
    }

    @Test
    void refusesOneCharacterMoreThanTheMaximum() {
        String address = "a".repeat(EmailAddress.MAX_LENGTH + 1 - DOMAIN.length()) + DOMAIN;
        assertEquals(255, address.length());
        assertEquals(Optional.empty(), EmailAddress.parse(address));
    }

    @Test
    void measuresTheLengthAfterTrimming() {
        String address = "a".repeat(EmailAddress.MAX_LENGTH - DOMAIN.length()) + DOMAIN;
        assertEquals(Optional.of(address), EmailAddress.parse("   " + address + "   "));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "\t\n"})
    void refusesMissingInput(String raw) {
        assertEquals(Optional.empty(), EmailAddress.parse(raw));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "alice.example.com",      // no @
        "alice@",                 // no domain
        "@example.com",           // no local part
        "alice@@example.com",     // two @
        "alice@bob@example.com",  // two @
        "alice@localhost",        // domain without a dot
        "alice@.example.com",     // empty label
        "alice@example..com",     // empty label
        "alice@example.com.",     // trailing dot
        "alice@example.",         // trailing dot
    })
    void refusesMalformedShapes(String raw) {
        assertEquals(Optional.empty(), EmailAddress.parse(raw));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "al ice@example.com",
        "alice@exa mple.com",
        "alice @example.com",
        "alice\t@example.com",
        "alice@example.com\nBcc: victim@example.com",
    })
    void refusesInnerWhitespace(String raw) {
        assertEquals(Optional.empty(), EmailAddress.parse(raw));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "ali\u0000ce@example.com",
        "alice\u0007@example.com",
        "alice@exa\u001bmple.com",
        "alice@example\u007f.com",
    })
    void refusesControlCharacters(String raw) {
        assertEquals(Optional.empty(), EmailAddress.parse(raw));
    }

    /** Characters outside ASCII that look like nothing or like a space would let one address pass for another. */
    @ParameterizedTest
    @ValueSource(strings = {
            "jo\u00A0rg@example.com", "alice\u0085@example.com", "alice\u2028@example.com",
            "alice@example.com\u2029x.com", "alice\u3000@example.com", "alice@exa\u200Bmple.com",
            "alice\u202E@example.com", "\uFEFFalice@example.com"})
    void refusesInvisibleAndLookAlikeCharacters(String raw) {
        assertTrue(EmailAddress.parse(raw).isEmpty(), raw);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "jörg@bücher.de",
        "用户@例子.广告",
        "δοκιμή@παράδειγμα.δοκιμή",
    })
    void acceptsInternationalizedAddresses(String address) {
        assertEquals(Optional.of(address), EmailAddress.parse(address));
    }

    @Test
    void keyLowerCasesAndTrims() {
        assertEquals("alice@example.com", EmailAddress.key("  Alice@Example.COM "));
    }

    @Test
    void keyMakesDifferentlyCasedAddressesEqual() {
        assertEquals(EmailAddress.key("BOB@EXAMPLE.COM"), EmailAddress.key("bob@example.com"));
    }

    @Test
    void keyIgnoresATurkishDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            // Under Turkish rules "I" would become the dotless "ı" and "İ" a plain "i".
            assertTrue("IRIS".toLowerCase().contains("ı"), "the Turkish locale is in effect");
            assertEquals("iris@info.example.com", EmailAddress.key("IRIS@INFO.EXAMPLE.COM"));
            assertEquals("\u0130stanbul@example.com".toLowerCase(Locale.ROOT),
                    EmailAddress.key("\u0130stanbul@example.com"));
        } finally {
            Locale.setDefault(before);
        }
    }
}
