package org.lms.domain.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/**
 * Failed sign-in attempts for one email key, whether or not such a user exists, so the answer to
 * a guess never tells whether an address is registered.
 *
 * <p>Each attempt is counted before the password is checked. When {@code threshold} attempts
 * have been made without a success, the key is locked for a while; the lock always ends, so an
 * attacker can slow a person down but never lock them out for good.
 */
@Entity
@Table(name = "SIGN_IN_THROTTLE")
public class SignInThrottle {

    @Id
    @Column(name = "EMAIL_KEY", length = 254)
    private String emailKey;

    @Column(name = "ATTEMPTS", nullable = false)
    private int attempts;

    @Column(name = "WINDOW_STARTED_AT", nullable = false)
    private Instant windowStartedAt;

    @Column(name = "LOCKED_UNTIL")
    private Instant lockedUntil;

    protected SignInThrottle() {
    }

    public SignInThrottle(String emailKey, Instant now) {
        this.emailKey = emailKey;
        this.windowStartedAt = now;
    }

    /**
     * Counts one attempt unless the key is locked.
     *
     * @return how long the key stays locked; {@link Duration#ZERO} when the attempt may go ahead
     */
    public Duration tryAttempt(Instant now, int threshold, Duration lockDuration, Duration window) {
        if (lockedUntil != null && now.isBefore(lockedUntil)) {
            return Duration.between(now, lockedUntil);
        }
        if (lockedUntil != null || now.isAfter(windowStartedAt.plus(window))) {
            attempts = 0;
            windowStartedAt = now;
            lockedUntil = null;
        }
        attempts++;
        if (attempts >= threshold) {
            lockedUntil = now.plus(lockDuration);
        }
        return Duration.ZERO;
    }

    public String getEmailKey() {
        return emailKey;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getWindowStartedAt() {
        return windowStartedAt;
    }
}
