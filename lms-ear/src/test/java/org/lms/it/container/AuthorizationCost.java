package org.lms.it.container;

import static org.lms.service.permissions.TargetType.USER;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import org.lms.domain.roles.Privilege;
import org.lms.service.permissions.InScope;
import org.lms.service.permissions.ScopeChecked;

/**
 * Test-only: the same empty method three times, to measure what authorization costs per call: an
 * EJB without checks, with {@code @RolesAllowed}, and with {@code @RolesAllowed} plus the
 * organization-scope interceptor checking one user id.
 */
public final class AuthorizationCost {

    private AuthorizationCost() {
    }

    @Stateless
    @PermitAll
    public static class Unsecured {
        public long noop(long userId) {
            return userId;
        }
    }

    @Stateless
    @RolesAllowed(Privilege.Names.CHANGE_OWN_SETTINGS)
    public static class Secured {
        public long noop(long userId) {
            return userId;
        }
    }

    @Stateless
    @ScopeChecked
    @RolesAllowed(Privilege.Names.CHANGE_OWN_SETTINGS)
    public static class SecuredAndScoped {
        public long noop(@InScope(USER) long userId) {
            return userId;
        }
    }
}
