package org.lms.service.security;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import org.lms.domain.account.Account;
import org.lms.domain.security.SignInThrottle;

/**
 * Counts sign-in attempts per email key in transactions of their own, so that an attempt stays
 * counted whatever happens to the sign-in after it, and two attempts for one key never pass the
 * gate at the same moment (the row is locked while it is counted).
 */
@Stateless
@PermitAll
public class SignInThrottleGate {

    /** Attempts older than this no longer count towards a lock. */
    static final Duration WINDOW = Duration.ofHours(1);

    @PersistenceContext
    private EntityManager em;

    /**
     * Counts one attempt for {@code emailKey}.
     *
     * @return how long the key is still locked, or zero when the password may be checked
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Duration reserveAttempt(String emailKey) {
        Instant now = Instant.now();
        Account account = em.find(Account.class, Account.THE_ACCOUNT);
        int threshold = account == null ? 10 : account.getLockoutThreshold();
        Duration lock = Duration.ofMinutes(account == null ? 15 : account.getLockoutMinutes());

        SignInThrottle throttle = em.find(SignInThrottle.class, emailKey, LockModeType.PESSIMISTIC_WRITE);
        if (throttle == null) {
            throttle = new SignInThrottle(emailKey, now);
            em.persist(throttle);
        }
        Duration remaining = throttle.tryAttempt(now, threshold, lock, WINDOW);
        em.flush();
        return remaining;
    }

    /** Forgets the attempts of a key after a successful sign-in. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void clear(String emailKey) {
        SignInThrottle throttle = em.find(SignInThrottle.class, emailKey);
        if (throttle != null) {
            em.remove(throttle);
        }
    }

    /** Drops rows that no longer lock or count anything, so guessed addresses do not pile up. */
    @Schedule(hour = "*", minute = "17", persistent = false)
    void forgetOldAttempts() {
        Instant cutoff = Instant.now().minus(WINDOW.multipliedBy(2));
        em.createQuery("DELETE FROM SignInThrottle t WHERE t.windowStartedAt < :cutoff"
                        + " AND (t.lockedUntil IS NULL OR t.lockedUntil < :now)")
                .setParameter("cutoff", cutoff)
                .setParameter("now", Instant.now())
                .executeUpdate();
    }
}
