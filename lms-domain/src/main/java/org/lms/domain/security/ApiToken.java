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
 * A bearer token of the REST API. Only a hash of the token is stored; the token itself is shown
 * once, when it is issued. A token stops working when it expires, when it is revoked (deleted),
 * and when its user's credentials version moves on (password changed, user deactivated).
 */
@Entity
@Table(name = "API_TOKEN")
@NamedQuery(name = ApiToken.FIND_BY_HASH, query = "SELECT t FROM ApiToken t JOIN FETCH t.user WHERE t.tokenHash = :hash")
@NamedQuery(name = ApiToken.DELETE_EXPIRED, query = "DELETE FROM ApiToken t WHERE t.expiresAt < :now")
public class ApiToken {

    public static final String FIND_BY_HASH = "ApiToken.findByHash";
    public static final String DELETE_EXPIRED = "ApiToken.deleteExpired";

    @Id
    @SequenceGenerator(name = "API_TOKEN_SEQ", sequenceName = "API_TOKEN_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "API_TOKEN_SEQ")
    private Long id;

    /** Hex SHA-256 of the token. */
    @Column(name = "TOKEN_HASH", nullable = false, unique = true, length = 64)
    private String tokenHash;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "USER_ID", nullable = false)
    private User user;

    /** The user's credentials version when the token was issued. */
    @Column(name = "CREDENTIALS_VERSION", nullable = false)
    private int credentialsVersion;

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    @Column(name = "EXPIRES_AT", nullable = false)
    private Instant expiresAt;

    protected ApiToken() {
    }

    public ApiToken(String tokenHash, User user, Instant createdAt, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.user = user;
        this.credentialsVersion = user.getCredentialsVersion();
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    /** Whether the token still speaks for its user at {@code now}. */
    public boolean isValidAt(Instant now) {
        return now.isBefore(expiresAt) && user.isActive() && user.getCredentialsVersion() == credentialsVersion;
    }

    public Long getId() {
        return id;
    }

    public String getTokenHash() {
        return tokenHash;
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
}
