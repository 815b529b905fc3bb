package org.lms.it.container;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Test-only: signs the current in-container test request in as a demo user, through the
 * application's own authentication mechanism and identity store. Everything the test calls
 * afterwards in that request runs as that user.
 */
@RequestScoped
public class SignedInAs {

    @Inject
    private SecurityContext securityContext;

    @Inject
    private HttpServletRequest request;

    public void user(String email, String password) {
        HttpServletResponse response = (HttpServletResponse) request.getAttribute(ResponseCapture.ATTRIBUTE);
        AuthenticationStatus status = securityContext.authenticate(request, response,
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(email, new Password(password))));
        if (status != AuthenticationStatus.SUCCESS) {
            throw new IllegalStateException("could not sign in as " + email + ": " + status);
        }
    }
}
