package org.lms.web.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * Signing out: a POST from the top bar's form, which carries the session's sign-out token. The
 * container forgets the caller, the session and its data are gone, and the browser goes to the
 * sign-in page. A form without the session's token (sent from another site) signs nobody out. A
 * plain servlet rather than a Faces action, so that no page has to build a form component for it.
 */
@WebServlet(name = "SignOutServlet", urlPatterns = SignOutServlet.PATH)
public class SignOutServlet extends HttpServlet {

    public static final String PATH = "/sign-out";
    private static final long serialVersionUID = 1L;

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        AuthenticatedSession signedIn = AuthenticatedSession.of(request);
        if (signedIn != null && !signedIn.signsOut(request.getParameter("token"))) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        // Without a session (it had expired) there is nothing to end: the sign-in page says so all the same.
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        response.sendRedirect(request.getContextPath() + LmsAuthenticationMechanism.SIGN_IN_PAGE + "?signedOut=true");
    }
}
