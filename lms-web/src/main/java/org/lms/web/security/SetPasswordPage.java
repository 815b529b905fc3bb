package org.lms.web.security;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.lms.service.permissions.InvalidInput;
import org.lms.service.security.PasswordHasher;
import org.lms.service.security.SetPasswordLinks;
import org.lms.service.security.SetPasswordLinks.LinkState;
import org.lms.web.shell.Feedback;

/**
 * The public page behind a set-password link: the person chooses a password that meets the
 * account's policy, then signs in. A used, expired or unknown link says so, and that a new one
 * must be asked for.
 */
@Named
@ViewScoped
public class SetPasswordPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SetPasswordLinks links;

    @Inject
    private Feedback feedback;

    private String token;
    private LinkState state;
    private String email;
    private String password;
    private String confirmation;
    private boolean done;

    public void load() {
        if (state == null) {
            SetPasswordLinks.LinkCheck check = links.check(token);
            state = check.state();
            email = check.email();
        }
    }

    public void choose() {
        if (password == null || !password.equals(confirmation)) {
            feedback.failed(InvalidInput.field("confirmation", "input.passwordsDiffer"), "setPassword");
            return;
        }
        try {
            state = links.choosePassword(token, password);
            done = state == LinkState.VALID;
        } catch (RuntimeException e) {
            feedback.failed(e, "setPassword");
        } finally {
            password = null;
            confirmation = null;
        }
    }

    public int getPasswordMaxLength() {
        return PasswordHasher.MAX_PASSWORD_LENGTH;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    /** The bundle key explaining a link that cannot be used. */
    public String getStateKey() {
        return "setPassword.state." + state;
    }

    public LinkState getState() {
        return state;
    }

    public String getEmail() {
        return email;
    }

    public boolean isDone() {
        return done;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
