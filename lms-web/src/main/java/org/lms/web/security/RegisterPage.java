package org.lms.web.security;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.lms.domain.users.EmailAddress;
import org.lms.domain.users.User;
import org.lms.service.permissions.InvalidInput;
import org.lms.service.security.PasswordHasher;
import org.lms.service.users.SelfRegistration;
import org.lms.web.shell.Feedback;

/**
 * "Create an account", public, offered on the sign-in page while the account lets people register
 * themselves. The service decides; when registration is closed the page says so and offers
 * nothing to fill in.
 */
@Named
@ViewScoped
public class RegisterPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SelfRegistration registration;

    @Inject
    private Feedback feedback;

    private boolean open;
    private boolean done;
    private String name;
    private String email;
    private String password;
    private String confirmation;

    public void load() {
        open = registration.isOpen();
    }

    public void register() {
        if (password == null || !password.equals(confirmation)) {
            feedback.failed(InvalidInput.field("confirmation", "input.passwordsDiffer"), "register");
            return;
        }
        try {
            registration.register(email, name, password);
            done = true;
        } catch (RuntimeException e) {
            open = registration.isOpen();
            feedback.failed(e, "register");
        } finally {
            password = null;
            confirmation = null;
        }
    }

    public boolean isOpen() {
        return open;
    }

    public boolean isDone() {
        return done;
    }

    public int getNameMaxLength() {
        return User.NAME_MAX;
    }

    public int getEmailMaxLength() {
        return EmailAddress.MAX_LENGTH;
    }

    public int getPasswordMaxLength() {
        return PasswordHasher.MAX_PASSWORD_LENGTH;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
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

    public String getConfirmation() {
        return confirmation;
    }

    public void setConfirmation(String confirmation) {
        this.confirmation = confirmation;
    }
}
