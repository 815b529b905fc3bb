package org.lms.web.users;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.lms.service.users.IssuedInvitation;
import org.lms.service.users.UserAdministration;
import org.lms.web.shell.Feedback;

/**
 * Makes a set-password link for a user and shows it once, for the administrator to pass on:
 * there is no mail server, and a password never travels in a message. Leaving the page forgets
 * the link; a new one replaces it.
 */
@Named
@ViewScoped
public class SetPasswordLinkPanel implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private UserAdministration users;

    @Inject
    private Feedback feedback;

    private String link;
    private Instant expiresAt;

    public void issue(long userId) {
        try {
            IssuedInvitation invitation = users.inviteToSetPassword(userId);
            link = absoluteLink(invitation.token());
            expiresAt = invitation.expiresAt();
        } catch (RuntimeException e) {
            link = null;
            feedback.failed(e, null);
        }
    }

    /** The public page's address with the secret, on the host the administrator is using. */
    static String absoluteLink(String token) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String base = request.getRequestURL().toString();
        String origin = base.substring(0, base.indexOf('/', base.indexOf("//") + 2));
        return origin + external.getRequestContextPath() + "/set-password.xhtml?token="
                + URLEncoder.encode(token, StandardCharsets.UTF_8);
    }

    public String getLink() {
        return link;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
