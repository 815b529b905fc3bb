package org.lms.service.security;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.lms.domain.users.User;

/**
 * Turns a user into the identity handed to the container, and re-checks an established session
 * on every request. Runs before the caller is authenticated, hence {@code @PermitAll}.
 */
@Stateless
@PermitAll
public class CallerIdentities {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AccountGate gate;

    /** The current identity of a session's user, or empty when the session must end. */
    // Reads only, on every request: no transaction of its own to begin and commit.
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Optional<CallerIdentity> resolve(SessionCredential credential) {
        User user = em.find(User.class, credential.userId());
        if (user == null || !user.isActive() || user.getCredentialsVersion() != credential.credentialsVersion()
                || !gate.admits(user)) {
            return Optional.empty();
        }
        return Optional.of(CallerIdentity.of(user));
    }
}
