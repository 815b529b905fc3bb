package org.lms.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import org.lms.service.security.SessionCredential;

/**
 * What the server-side session remembers about its signed-in user. Nothing else in the session
 * proves identity; the browser only holds the session cookie.
 */
record AuthenticatedSession(long userId, int credentialsVersion) implements Serializable {

    private static final String ATTRIBUTE = AuthenticatedSession.class.getName();

    static AuthenticatedSession of(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? null : (AuthenticatedSession) session.getAttribute(ATTRIBUTE);
    }

    void storeIn(HttpSession session) {
        session.setAttribute(ATTRIBUTE, this);
    }

    SessionCredential credential() {
        return new SessionCredential(userId, credentialsVersion);
    }
}
