package org.lms.service.security;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.lms.domain.users.EmailAddress;
import org.lms.domain.users.User;

/**
 * Checks an email and password. Callers are anonymous by nature, hence {@code @PermitAll}; the
 * throttle gate and the constant work for unknown addresses are what protect this method.
 */
@Stateless
@PermitAll
public class SignInService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private SignInThrottleGate throttle;

    @Inject
    private AccountGate gate;

    /** A hash of a random password, verified when no user has the email, so timing tells nothing. */
    private static volatile String decoyHash;

    public SignInOutcome signIn(String email, String password) {
        if (email == null || password == null || password.isEmpty()
                || password.length() > PasswordHasher.MAX_PASSWORD_LENGTH) {
            return SignInOutcome.invalid();
        }
        Optional<String> parsed = EmailAddress.parse(email);
        if (parsed.isEmpty()) {
            return SignInOutcome.invalid();
        }
        String key = EmailAddress.key(parsed.get());

        Duration locked = reserveAttempt(key);
        if (!locked.isZero()) {
            return SignInOutcome.locked(locked);
        }

        List<User> found = em.createNamedQuery(User.FIND_BY_EMAIL_KEY, User.class)
                .setParameter("emailKey", key)
                .getResultList();
        if (found.isEmpty()) {
            hasher.verify(password, decoyHash());
            return SignInOutcome.invalid();
        }
        User user = found.get(0);
        if (!hasher.verify(password, user.getPasswordHash()) || !user.isActive()) {
            return SignInOutcome.invalid();
        }
        if (!gate.admits(user)) {
            return SignInOutcome.accountCancelled();
        }

        throttle.clear(key);
        if (hasher.needsRehash(user.getPasswordHash())) {
            user.upgradePasswordHash(hasher.hash(password));
        }
        em.createNamedQuery(User.RECORD_SIGN_IN)
                .setParameter("at", Instant.now())
                .setParameter("id", user.getId())
                .executeUpdate();
        return SignInOutcome.signedIn(CallerIdentity.of(user));
    }

    private Duration reserveAttempt(String key) {
        try {
            return throttle.reserveAttempt(key);
        } catch (EJBException firstAttemptRace) {
            // Two first attempts for one key raced to insert its row; the row exists now.
            return throttle.reserveAttempt(key);
        }
    }

    private String decoyHash() {
        String decoy = decoyHash;
        if (decoy == null || hasher.needsRehash(decoy)) {
            decoy = hasher.hash(Long.toHexString(System.nanoTime()) + Math.random());
            decoyHash = decoy;
        }
        return decoy;
    }
}
