package org.lms.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.lms.domain.users.EmailAddress;
import org.lms.service.security.PasswordHasher;
import org.lms.service.security.SignInAttempt;
import org.lms.service.security.SignInOutcome;
import org.lms.service.users.SelfRegistration;
import org.lms.web.i18n.Messages;

/** The sign-in form. */
@Named
@RequestScoped
public class SignInPage {

    /** Where to go after signing in: a path inside the portal, never another site. */
    private static final Pattern LOCAL_PATH = Pattern.compile("^/(?![/\\\\])[^\\s]*$");

    @Inject
    private SecurityContext securityContext;

    @Inject
    private SignInAttempt attempt;

    @Inject
    private Messages messages;

    @Inject
    private SelfRegistration registration;

    private String email;
    private String password;

    private String next;
    private boolean signedOut;
    private Boolean registrationOpen;

    public void signIn() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        AuthenticationStatus status = securityContext.authenticate(
                (HttpServletRequest) external.getRequest(),
                (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams()
                        .newAuthentication(true)
                        .credential(new UsernamePasswordCredential(email, new Password(password))));
        password = null;
        switch (status) {
            case SUCCESS -> external.redirect(external.getRequestContextPath() + safeNext());
            case SEND_CONTINUE -> faces.responseComplete();
            default -> faces.addMessage(null, failureMessage());
        }
    }

    private FacesMessage failureMessage() {
        SignInOutcome outcome = attempt.outcome().orElse(SignInOutcome.invalid());
        String text = switch (outcome.result()) {
            case LOCKED -> messages.format("signIn.locked", outcome.lockedMinutes());
            case ACCOUNT_CANCELLED -> messages.get("signIn.accountCancelled");
            default -> messages.get("signIn.invalid");
        };
        return new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null);
    }

    String safeNext() {
        return next != null && next.length() < 2000 && LOCAL_PATH.matcher(next).matches() ? next : "/index.xhtml";
    }

    /** Longest email the form accepts, for the field's maxlength and its validator. */
    /** Whether to offer "Create an account": the account setting, asked of the service once per request. */
    public boolean isRegistrationOpen() {
        if (registrationOpen == null) {
            registrationOpen = registration.isOpen();
        }
        return registrationOpen;
    }

    public int getEmailMaxLength() {
        return EmailAddress.MAX_LENGTH;
    }

    public int getPasswordMaxLength() {
        return PasswordHasher.MAX_PASSWORD_LENGTH;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isSignedOut() {
        return signedOut;
    }

    public void setSignedOut(boolean signedOut) {
        this.signedOut = signedOut;
    }

    public String getNext() {
        return next;
    }

    public void setNext(String next) {
        this.next = next;
    }
}
