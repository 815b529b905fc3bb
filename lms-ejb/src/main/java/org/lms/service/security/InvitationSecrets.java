package org.lms.service.security;

import java.security.SecureRandom;
import java.util.Base64;

/** The secret of a set-password link: 256 random bits, URL-safe, stored only as its SHA-256. */
public final class InvitationSecrets {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** Longer input is no secret of ours and is not even hashed. */
    static final int MAX_LENGTH = 100;

    private InvitationSecrets() {
    }

    public static String newSecret() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    public static String hash(String secret) {
        return TokenService.hash(secret);
    }
}
