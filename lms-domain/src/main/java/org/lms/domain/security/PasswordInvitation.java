package org.lms.domain.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.lms.domain.users.User;

/**
 * A one-time link that lets a person choose their password: sent by an administrator to a new
 * user, or to someone who needs a new password. Like an API token, only a hash of the secret is
 * stored; the link itself exists once, on the administrator's screen. It works once, until it
 * expires, and only while its user is active.
 */
@Entity
@Table(name = "PASSWORD_INVITATION")
@NamedQuery(name = PasswordInvitation.FIND_BY_HASH,
        query = "SELECT i FROM PasswordInvitation i JOIN FETCH i.user WHERE i.tokenHash = :hash")
@NamedQuery(name = PasswordInvitation.DELETE_OPEN_OF_USER,
        query = "DELETE FROM PasswordInvitation i WHERE i.user = :user AND i.usedAt IS NULL")
@NamedQuery(name = PasswordInvitation.DELETE_OF_USER, query = "DELETE FROM PasswordInvitation i WHERE i.user = :user")
@NamedQuery(name = PasswordInvitation.DELETE_EXPIRED, query = "DELETE FROM PasswordInvitation i WHERE i.expiresAt < :before")
public class PasswordInvitation {

    public static final String FIND_BY_HASH = "PasswordInvitation.findByHash";
    public static final String DELETE_OPEN_OF_USER = "PasswordInvitation.deleteOpenOfUser";
    public static final String DELETE_OF_USER = "PasswordInvitation.deleteOfUser";
    public static final String DELETE_EXPIRED = "PasswordInvitation.deleteExpired";

    /** What a link is good for when someone opens it. */
    public enum State { VALID, USED, EXPIRED, INACTIVE_USER }

    @Id
    @SequenceGenerator(name = "PASSWORD_INVITATION_SEQ", sequenceName = "PASSWORD_INVITATION_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "PASSWORD_INVITATION_SEQ")
    private Long id;

    /** Hex SHA-256 of the secret in the link. */
    @Column(name = "TOKEN_HASH", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "USER_ID", nullable = false)
    private User user;

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    @Column(name = "EXPIRES_AT", nullable = false)
    private Instant expiresAt;

    @Column(name = "USED_AT")
    private Instant usedAt;

    protected PasswordInvitation() {
    }

    public PasswordInvitation(String tokenHash, User user, Instant createdAt, Instant expiresAt) {
        if (!expiresAt.isAfter(createdAt)) {
            throw new IllegalArgumentException("an invitation expires after it is made");
        }
        this.tokenHash = tokenHash;
        this.user = user;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    public State stateAt(Instant now) {
        if (usedAt != null) {
            return State.USED;
        }
        if (!now.isBefore(expiresAt)) {
            return State.EXPIRED;
        }
        return user.isActive() ? State.VALID : State.INACTIVE_USER;
    }

    /** Spends the link; it never works again. */
    public void use(Instant now) {
        if (stateAt(now) != State.VALID) {
            throw new IllegalStateException("invitation " + id + " is " + stateAt(now));
        }
        usedAt = now;
    }

    public Long getId() {
        return id;
    }

    public User getUser() {
        return user;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getUsedAt() {
        return usedAt;
    }
}
