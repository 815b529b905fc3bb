package org.lms.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import org.lms.service.security.SessionCredential;

/**
 * What the server-side session remembers about its signed-in user. Nothing else in the session
 * proves identity; the browser only holds the session cookie. The sign-out token is a secret of
 * the session that only its own pages carry, so a form on another site cannot sign anyone out.
 */
record AuthenticatedSession(long userId, int credentialsVersion, String signOutToken) implements Serializable {

    private static final String ATTRIBUTE = AuthenticatedSession.class.getName();
    private static final SecureRandom RANDOM = new SecureRandom();

    /** A session just signed in, with a new sign-out token. */
    static AuthenticatedSession signedIn(long userId, int credentialsVersion) {
        byte[] token = new byte[24];
        RANDOM.nextBytes(token);
        return new AuthenticatedSession(userId, credentialsVersion, Base64.getUrlEncoder().withoutPadding().encodeToString(token));
    }

    static AuthenticatedSession of(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? null : (AuthenticatedSession) session.getAttribute(ATTRIBUTE);
    }

    /** The same session under a new credentials version (after the person changed their own password). */
    AuthenticatedSession withCredentialsVersion(int version) {
        return new AuthenticatedSession(userId, version, signOutToken);
    }

    /** Whether {@code token} is this session's sign-out token, compared in constant time. */
    boolean signsOut(String token) {
        return token != null && MessageDigest.isEqual(signOutToken.getBytes(StandardCharsets.US_ASCII), token.getBytes(StandardCharsets.UTF_8));
    }

    void storeIn(HttpSession session) {
        session.setAttribute(ATTRIBUTE, this);
    }

    SessionCredential credential() {
        return new SessionCredential(userId, credentialsVersion);
    }
}
