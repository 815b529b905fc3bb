package org.lms.service.account;

import static org.lms.service.permissions.TargetType.USER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.lms.domain.roles.BuiltInRole;
import org.lms.domain.roles.Privilege;
import org.lms.domain.roles.Role;
import org.lms.domain.users.User;
import org.lms.service.audit.AuditKind;
import org.lms.service.audit.AuditLog;
import org.lms.service.audit.AuditRecord;
import org.lms.service.permissions.Guard;
import org.lms.service.permissions.InScope;
import org.lms.service.permissions.Reason;
import org.lms.service.permissions.ScopeChecked;
import org.lms.service.security.Caller;

/**
 * The one way the Account Owner role moves: the Owner hands it to an Administrator, who becomes
 * the Owner while the old Owner becomes an Administrator, in one transaction. There is always
 * exactly one Owner.
 */
@Stateless
@ScopeChecked
@RolesAllowed(Privilege.Names.MANAGE_MEMBERSHIP)
public class OwnershipTransfer {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private Guard guard;

    @Inject
    private AuditLog audit;

    public void transferTo(@InScope(USER) long administratorId) {
        User owner = caller.require();
        User next = em.find(User.class, administratorId);
        AuditRecord attempt = AuditRecord.of(AuditKind.OWNERSHIP_TRANSFERRED, next).change(owner.getEmail(), next.getEmail());
        if (!owner.getRole().is(BuiltInRole.ACCOUNT_OWNER)) {
            guard.refuse(new Reason("rule.onlyOwnerTransfers"), attempt);
        }
        if (!next.getRole().is(BuiltInRole.ADMINISTRATOR) || !next.isActive()) {
            guard.refuse(new Reason("rule.transferToAdministrator"), attempt);
        }
        Role ownerRole = owner.getRole();
        Role administratorRole = next.getRole();
        next.assignRole(ownerRole);
        owner.assignRole(administratorRole);
        audit.changed(attempt);
    }
}
