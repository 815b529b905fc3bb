package org.lms.service.security;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.lms.domain.account.Account;
import org.lms.domain.security.PasswordInvitation;
import org.lms.domain.security.PasswordInvitation.State;
import org.lms.domain.users.User;
import org.lms.service.audit.AuditKind;
import org.lms.service.audit.AuditLog;
import org.lms.service.audit.AuditRecord;
import org.lms.service.permissions.InvalidInput;

/**
 * The public side of set-password links: whoever holds a valid link may choose the password of its
 * user, once. The link is the credential (256 random bits, looked up by hash), so callers are
 * anonymous by nature, hence {@code @PermitAll}. Unknown, used and expired links all fail, each
 * with its own answer so the person knows to ask for a new one.
 */
@Stateless
@PermitAll
public class SetPasswordLinks {

    /** What opening a link finds. */
    public enum LinkState { VALID, USED, EXPIRED, UNKNOWN }

    /** The link's state and, while it is valid, whose password it sets. */
    public record LinkCheck(LinkState state, String email) implements java.io.Serializable {
    }

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private AuditLog audit;

    public LinkCheck check(String token) {
        Optional<PasswordInvitation> invitation = find(token);
        if (invitation.isEmpty()) {
            return new LinkCheck(LinkState.UNKNOWN, null);
        }
        LinkState state = state(invitation.get(), Instant.now());
        return new LinkCheck(state, state == LinkState.VALID ? invitation.get().getUser().getEmail() : null);
    }

    /**
     * Sets the password of the link's user if the link is valid and the password meets the
     * account's policy (else {@link InvalidInput} on "password", and the link stays valid). The
     * user's sessions and tokens end, as with every password change.
     *
     * @return the link's state before the call: the password was set only if it was VALID
     */
    public LinkState choosePassword(String token, String newPassword) {
        Optional<PasswordInvitation> found = find(token);
        if (found.isEmpty()) {
            return LinkState.UNKNOWN;
        }
        PasswordInvitation invitation = found.get();
        Instant now = Instant.now();
        LinkState state = state(invitation, now);
        if (state != LinkState.VALID) {
            return state;
        }
        PasswordPolicy.of(em.find(Account.class, Account.THE_ACCOUNT)).whyNot(newPassword).ifPresent(reason -> {
            throw InvalidInput.field("password", reason);
        });
        User user = invitation.getUser();
        user.changePasswordHash(hasher.hash(newPassword));
        invitation.use(now);
        audit.changed(AuditRecord.of(AuditKind.USER_PASSWORD_SET, user).change(null, "password chosen through a set-password link"));
        return LinkState.VALID;
    }

    @Schedule(hour = "3", minute = "17", persistent = false)
    void forgetOldLinks() {
        // Used and expired links are kept a while so that opening one says why it no longer works.
        em.createNamedQuery(PasswordInvitation.DELETE_EXPIRED).setParameter("before", Instant.now().minus(Duration.ofDays(30)))
                .executeUpdate();
    }

    private Optional<PasswordInvitation> find(String token) {
        if (token == null || token.isBlank() || token.length() > InvitationSecrets.MAX_LENGTH) {
            return Optional.empty();
        }
        return em.createNamedQuery(PasswordInvitation.FIND_BY_HASH, PasswordInvitation.class)
                .setParameter("hash", InvitationSecrets.hash(token.strip())).getResultStream().findFirst();
    }

    private static LinkState state(PasswordInvitation invitation, Instant now) {
        State state = invitation.stateAt(now);
        return switch (state) {
            case VALID -> LinkState.VALID;
            case USED -> LinkState.USED;
            // A deactivated person's link is as good as expired: it must not bring them back.
            case EXPIRED, INACTIVE_USER -> LinkState.EXPIRED;
        };
    }
}
