package org.lms.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.lms.service.security.SignInAttempt;
import org.lms.service.security.SignInOutcome;
import org.lms.service.security.TokenCredential;
import org.lms.service.users.MyProfileService;

/**
 * Authenticates every request.
 *
 * <ul>
 * <li>Sign-in (from the sign-in page, through {@code SecurityContext.authenticate}): the password is
 * checked once, the session id is renewed against fixation, and the session remembers the user id
 * and credentials version.</li>
 * <li>Every later request: the session's user is validated again and the container is handed the
 * privileges the user's role holds now, so a change of role takes effect on the next request and a
 * deactivated user or a changed password ends the session.</li>
 * <li>A protected page without a session redirects to the sign-in page.</li>
 * <li>The REST API ({@code /api/}) authenticates each call by its bearer token alone and answers
 * 401 in JSON without one.</li>
 * </ul>
 */
@ApplicationScoped
public class LmsAuthenticationMechanism implements HttpAuthenticationMechanism {

    public static final String SIGN_IN_PAGE = "/login.xhtml";
    static final String API_PATH = "/api/";
    private static final String BEARER = "Bearer ";
    private static final String UNAUTHORIZED_BODY = "{\"error\":{\"code\":\"unauthorized\",\"message\":"
            + "\"Sign in first: send a valid bearer token (POST /api/v1/tokens issues one).\",\"fields\":{}}}";

    @Inject
    private IdentityStoreHandler identityStores;

    @Inject
    private SignInAttempt attempt;

    @Inject
    private MyProfileService profiles;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        SecurityHeaders.apply(request, response);
        if (isApi(request)) {
            return authenticateApiClient(request, context);
        }
        Credential credential = context.getAuthParameters().getCredential();
        if (context.isAuthenticationRequest() && credential != null) {
            return signIn(request, context, credential);
        }

        AuthenticatedSession session = AuthenticatedSession.of(request);
        if (session != null) {
            CredentialValidationResult result = identityStores.validate(session.credential());
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                return context.notifyContainerAboutLogin(result);
            }
            request.getSession().invalidate();
        }

        if (context.isProtected()) {
            return redirectToSignIn(request, context);
        }
        return context.doNothing();
    }

    /**
     * The API knows only bearer tokens: a session cookie never authenticates an API call, so a
     * page in another site cannot make the browser call the API on someone's behalf.
     */
    private AuthenticationStatus authenticateApiClient(HttpServletRequest request, HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            CredentialValidationResult result = identityStores.validate(new TokenCredential(authorization.substring(BEARER.length()).strip()));
            if (result.getStatus() == CredentialValidationResult.Status.VALID) {
                return context.notifyContainerAboutLogin(result);
            }
        }
        if (!context.isProtected()) {
            return context.doNothing();
        }
        HttpServletResponse response = context.getResponse();
        try {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setHeader("WWW-Authenticate", "Bearer");
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write(UNAUTHORIZED_BODY);
            response.flushBuffer();
        } catch (IOException e) {
            throw new IllegalStateException("cannot answer an unauthenticated API call", e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    static boolean isApi(HttpServletRequest request) {
        return request.getServletPath().startsWith(API_PATH) || request.getRequestURI().startsWith(request.getContextPath() + API_PATH);
    }

    private AuthenticationStatus signIn(HttpServletRequest request, HttpMessageContext context, Credential credential) {
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            // The sign-in page words the message from the recorded attempt; nothing is written here.
            return AuthenticationStatus.SEND_FAILURE;
        }
        SignInOutcome outcome = attempt.outcome().orElseThrow();
        HttpSession session = request.getSession(true);
        request.changeSessionId();
        AuthenticatedSession.signedIn(outcome.caller().userId(), outcome.caller().credentialsVersion()).storeIn(session);
        session.setMaxInactiveInterval(profiles.accountDefaults().sessionTimeoutMinutes() * 60);
        return context.notifyContainerAboutLogin(result);
    }

    private static AuthenticationStatus redirectToSignIn(HttpServletRequest request, HttpMessageContext context) {
        String target = request.getRequestURI().substring(request.getContextPath().length());
        if (request.getQueryString() != null) {
            target += "?" + request.getQueryString();
        }
        String location = request.getContextPath() + SIGN_IN_PAGE;
        if (!target.isEmpty() && !"/".equals(target)) {
            location += "?next=" + URLEncoder.encode(target, StandardCharsets.UTF_8);
        }
        try {
            // Nothing renders this response, so it gets the strict policy of non-page responses.
            context.getResponse().setHeader("Content-Security-Policy", SecurityHeaders.STRICT_POLICY);
            context.getResponse().sendRedirect(location);
        } catch (IOException e) {
            throw new IllegalStateException("cannot redirect to the sign-in page", e);
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }
}
