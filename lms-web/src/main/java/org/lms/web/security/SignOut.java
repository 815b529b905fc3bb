package org.lms.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/** What the top bar's sign-out form sends: the session's sign-out token ({@link SignOutServlet}). */
@Named
@RequestScoped
public class SignOut {

    @Inject
    private HttpServletRequest request;

    public String getToken() {
        AuthenticatedSession session = AuthenticatedSession.of(request);
        return session == null ? "" : session.signOutToken();
    }
}
