package org.lms.service.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordHasherTest {

    /** Low cost: the tests are about the format and the rules, not the strength. */
    private final PasswordHasher hasher = new PasswordHasher(1000);

    @Test
    void verifiesTheRightPassword() {
        String stored = hasher.hash("correct horse battery staple");
        assertTrue(hasher.verify("correct horse battery staple", stored));
    }

    @ParameterizedTest
    @ValueSource(strings = {"correct horse battery stapl", "Correct horse battery staple",
        "correct horse battery staple ", "x"})
    void refusesAWrongPassword(String wrong) {
        String stored = hasher.hash("correct horse battery staple");
        assertFalse(hasher.verify(wrong, stored));
    }

    @Test
    void storedFormatCarriesAlgorithmIterationsSaltAndHash() {
        String stored = hasher.hash("secret");
        String[] parts = stored.split("\\$", -1);

        assertEquals(4, parts.length, stored);
        assertEquals("pbkdf2-sha256", parts[0]);
        assertEquals("1000", parts[1]);
        assertEquals(16, Base64.getDecoder().decode(parts[2]).length, "salt bytes");
        assertEquals(32, Base64.getDecoder().decode(parts[3]).length, "hash bytes");
    }

    @Test
    void twoHashesOfOnePasswordUseDifferentSalts() {
        String first = hasher.hash("same password");
        String second = hasher.hash("same password");

        assertNotEquals(first.split("\\$")[2], second.split("\\$")[2]);
        assertNotEquals(first, second);
        assertTrue(hasher.verify("same password", first));
        assertTrue(hasher.verify("same password", second));
    }

    @Test
    void aHashWithFewerIterationsStillVerifiesButAsksForARehash() {
        String old = hasher.hash("secret");
        PasswordHasher stronger = new PasswordHasher(2000);

        assertTrue(stronger.verify("secret", old));
        assertFalse(stronger.verify("wrong", old));
        assertTrue(stronger.needsRehash(old));
        assertFalse(hasher.needsRehash(old));
        assertFalse(stronger.needsRehash(stronger.hash("secret")));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
        "   ",
        "secret",
        "pbkdf2-sha256",
        "pbkdf2-sha256$1000$c2FsdA",
        "pbkdf2-sha256$1000$c2FsdA$aGFzaA$extra",
        "pbkdf2-sha512$1000$c2FsdA$aGFzaA",
        "PBKDF2-SHA256$1000$c2FsdA$aGFzaA",
        "pbkdf2-sha256$abc$c2FsdA$aGFzaA",
        "pbkdf2-sha256$$c2FsdA$aGFzaA",
        "pbkdf2-sha256$0$c2FsdA$aGFzaA",
        "pbkdf2-sha256$-5$c2FsdA$aGFzaA",
        "pbkdf2-sha256$99999999999$c2FsdA$aGFzaA",
        "pbkdf2-sha256$1000$$aGFzaA",
        "pbkdf2-sha256$1000$c2FsdA$",
        "pbkdf2-sha256$1000$not base64!$aGFzaA",
        "pbkdf2-sha256$1000$c2FsdA$***",
        "$$$",
    })
    void malformedStoredHashesVerifyFalseWithoutThrowing(String stored) {
        assertFalse(hasher.verify("secret", stored));
        assertTrue(hasher.needsRehash(stored));
    }

    @Test
    void aHashOfAnotherPasswordWithValidShapeVerifiesFalse() {
        String stored = hasher.hash("secret");
        String[] parts = stored.split("\\$");
        String otherHash = Base64.getEncoder().withoutPadding().encodeToString(new byte[32]);
        assertFalse(hasher.verify("secret", parts[0] + "$" + parts[1] + "$" + parts[2] + "$" + otherHash));
    }

    @Test
    void refusesToHashAnEmptyOrMissingPassword() {
        assertThrows(IllegalArgumentException.class, () -> hasher.hash(""));
        assertThrows(IllegalArgumentException.class, () -> hasher.hash(null));
    }

    @Test
    void acceptsTheLongestAllowedPasswordAndRefusesALongerOne() {
        String longest = "p".repeat(PasswordHasher.MAX_PASSWORD_LENGTH);
        String stored = hasher.hash(longest);
        assertTrue(hasher.verify(longest, stored));

        String tooLong = longest + "p";
        assertThrows(IllegalArgumentException.class, () -> hasher.hash(tooLong));
        assertFalse(hasher.verify(tooLong, stored));
    }

    @Test
    void verifyRefusesEmptyAndMissingPasswords() {
        String stored = hasher.hash("secret");
        assertFalse(hasher.verify("", stored));
        assertFalse(hasher.verify(null, stored));
    }

    @ParameterizedTest
    @ValueSource(strings = {"pässwörd", "пароль-секрет", "密码密码", "🔑🔒 emoji", "İstanbul"})
    void nonAsciiPasswordsRoundTrip(String password) {
        String stored = hasher.hash(password);
        assertTrue(hasher.verify(password, stored));
        assertFalse(hasher.verify(password.toUpperCase(Locale.ROOT) + "x", stored));
    }

    @Test
    void composedAndDecomposedUmlautsAreDifferentPasswords() {
        // No normalization: what was typed is what counts.
        String stored = hasher.hash("gr\u00fcn");
        assertFalse(hasher.verify("gru\u0308n", stored));
    }

    @Test
    void matchesAnIndependentPbkdf2Computation() throws Exception {
        byte[] salt = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
        String password = "Pässword-42";
        int iterations = 1234;
        PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, 256);
        byte[] expected = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        String stored = "pbkdf2-sha256$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(expected);

        assertTrue(hasher.verify(password, stored));
        assertFalse(hasher.verify("Pässword-43", stored));
        // Padded Base64 is read as well.
        String padded = "pbkdf2-sha256$" + iterations + "$" + Base64.getEncoder().encodeToString(salt) + "$"
                + Base64.getEncoder().encodeToString(expected);
        assertTrue(hasher.verify(password, padded));
    }

    @Test
    void matchesAPublishedTestVector() {
        // The widely published PBKDF2-HMAC-SHA256 vector: P = "password", S = "salt", c = 4096, dkLen = 32.
        byte[] expected = HexFormat.of().parseHex("c5e478d59288c841aa530db6845c4c8d962893a001ce4e11a4963873aa98134a");
        String stored = "pbkdf2-sha256$4096$" + Base64.getEncoder().encodeToString("salt".getBytes(StandardCharsets.US_ASCII))
                + "$" + Base64.getEncoder().encodeToString(expected);
        assertTrue(hasher.verify("password", stored));
        assertFalse(hasher.verify("passwore", stored));
    }

    @Test
    void hashUsesTheConfiguredIterations() {
        PasswordHasher other = new PasswordHasher(1);
        String stored = other.hash("secret");
        assertTrue(stored.startsWith("pbkdf2-sha256$1$"), stored);
        assertEquals(1, other.iterations());
    }

    @Test
    void refusesANonPositiveCost() {
        assertThrows(IllegalArgumentException.class, () -> new PasswordHasher(0));
        assertThrows(IllegalArgumentException.class, () -> new PasswordHasher(-1));
    }

    @Test
    void productionCostIsAtLeastTheOwaspRecommendation() {
        assertTrue(PasswordHasher.DEFAULT_ITERATIONS >= 600_000);
    }
}
