package org.lms.service.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Map;
import java.util.Optional;
import org.lms.domain.roles.Privilege;
import org.lms.domain.users.User;

/**
 * The signed-in user behind the current call. Services read the scope from here: the caller's
 * organization subtree, or the whole account for roles that hold
 * {@link Privilege#ACCOUNT_WIDE_SCOPE}. The user is looked up in the current transaction's
 * persistence context on every call, so services always change a managed entity, and the lookup
 * is served by the context or the shared cache.
 */
@RequestScoped
public class Caller {

    /** The scope path that covers every organization of the account. */
    public static final String WHOLE_ACCOUNT = "/";

    @Inject
    private SecurityContext security;

    @PersistenceContext
    private EntityManager em;

    private static final Map<String, Object> READ_ONLY = Map.of("eclipselink.read-only", "true");

    private String scope;
    private Optional<Long> scopeOf;

    public Optional<User> user() {
        return userId().map(id -> em.find(User.class, id));
    }

    public User require() {
        return user().orElseThrow(() -> new IllegalStateException("no signed-in caller"));
    }

    /**
     * The signed-in user's id, for a query about the caller's own rows: the authentication of this
     * request has checked the user, so nothing is read for it.
     */
    public long requireId() {
        return userId().orElseThrow(() -> new IllegalStateException("no signed-in caller"));
    }

    public boolean holds(Privilege privilege) {
        return user().map(u -> u.getRole().holds(privilege)).orElse(false);
    }

    /**
     * Path prefix of everything the caller may act on. Asked before nearly every call, so it is
     * read from the shared cache without copying the user into the transaction, and kept for the
     * rest of the request (a role change applies from the next request, like every other one).
     */
    public String scopePath() {
        Optional<Long> id = userId();
        if (scope == null || !id.equals(scopeOf)) {
            User caller = id.map(key -> em.find(User.class, key, READ_ONLY))
                    .orElseThrow(() -> new IllegalStateException("no signed-in caller"));
            scope = caller.getRole().holds(Privilege.ACCOUNT_WIDE_SCOPE) ? WHOLE_ACCOUNT : caller.getOrganization().getPath();
            scopeOf = id;
        }
        return scope;
    }

    private Optional<Long> userId() {
        Principal principal = security.getCallerPrincipal();
        if (principal == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(principal.getName()));
        } catch (NumberFormatException notAUser) {
            return Optional.empty();
        }
    }
}
