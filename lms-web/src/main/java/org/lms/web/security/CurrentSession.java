package org.lms.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * The signed-in session itself. After a person changes their own password every session of theirs
 * ends, as the credentials version moved on; the session that made the change carries on under
 * the new version and a new id.
 */
@RequestScoped
public class CurrentSession {

    @Inject
    private HttpServletRequest request;

    public void keepAfterOwnPasswordChange(int newCredentialsVersion) {
        HttpSession session = request.getSession(false);
        AuthenticatedSession current = AuthenticatedSession.of(request);
        if (session == null || current == null) {
            return;
        }
        request.changeSessionId();
        current.withCredentialsVersion(newCredentialsVersion).storeIn(session);
    }
}
