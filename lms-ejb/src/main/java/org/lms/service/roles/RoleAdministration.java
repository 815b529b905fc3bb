package org.lms.service.roles;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.lms.domain.profiles.ProfileFieldRule;
import org.lms.domain.roles.Privilege;
import org.lms.domain.roles.Role;
import org.lms.domain.users.User;
import org.lms.service.audit.AuditKind;
import org.lms.service.audit.AuditLog;
import org.lms.service.audit.AuditRecord;
import org.lms.service.permissions.Actor;
import org.lms.service.permissions.GrantRules;
import org.lms.service.permissions.Guard;
import org.lms.service.permissions.Inputs;
import org.lms.service.permissions.InvalidInput;
import org.lms.service.permissions.NotFound;
import org.lms.service.permissions.Reason;
import org.lms.service.permissions.RoleLabels;
import org.lms.service.permissions.TargetType;
import org.lms.service.security.Caller;

/**
 * Built-in and custom roles. Custom roles are composed of privileges the composer holds; the
 * membership privilege stays with the Account Owner's role alone.
 */
@Stateless
@RolesAllowed(Privilege.Names.MANAGE_ROLES)
public class RoleAdministration {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Guard guard;

    @Inject
    private AuditLog audit;

    @Inject
    private Caller caller;

    /** Every role with the number of people in the caller's scope who hold it. */
    @RolesAllowed({Privilege.Names.MANAGE_ROLES, Privilege.Names.MANAGE_USERS})
    public List<RoleSummary> roles() {
        Map<Long, Long> holders = new HashMap<>();
        for (Object[] row : em.createQuery("SELECT u.role.id, COUNT(u) FROM User u JOIN u.organization o"
                + " WHERE o.path LIKE :scope GROUP BY u.role.id", Object[].class)
                .setParameter("scope", caller.scopePath() + "%").getResultList()) {
            holders.put((Long) row[0], (Long) row[1]);
        }
        return em.createNamedQuery(Role.FIND_ALL, Role.class).getResultList().stream()
                .map(role -> summary(role, holders.getOrDefault(role.getId(), 0L)))
                .toList();
    }

    @RolesAllowed({Privilege.Names.MANAGE_ROLES, Privilege.Names.MANAGE_USERS})
    public RoleSummary get(long roleId) {
        Role role = role(roleId);
        long holders = em.createQuery("SELECT COUNT(u) FROM User u JOIN u.organization o WHERE u.role = :role"
                + " AND o.path LIKE :scope", Long.class)
                .setParameter("role", role).setParameter("scope", caller.scopePath() + "%").getSingleResult();
        return summary(role, holders);
    }

    public long create(String name, Set<Privilege> privileges) {
        String cleanName = Inputs.name("name", name, Role.NAME_MAX);
        requireNameFree(cleanName, null);
        Set<Privilege> wanted = copy(privileges);
        requireComposable(wanted, new AuditRecord(AuditKind.ROLE_CREATED, TargetType.ROLE, null, cleanName, null, null,
                RoleLabels.privileges(wanted).in(Locale.ENGLISH), null));
        Role role = Role.custom(cleanName, wanted);
        em.persist(role);
        audit.changed(record(AuditKind.ROLE_CREATED, role).change(null, RoleLabels.privileges(wanted).in(Locale.ENGLISH)));
        return role.getId();
    }

    /** A new custom role with the privileges of an existing one, to change from there. */
    public long cloneRole(long roleId, String name) {
        return create(name, role(roleId).getPrivileges());
    }

    public void update(long roleId, long expectedVersion, String name, Set<Privilege> privileges) {
        Role role = role(roleId);
        String cleanName = Inputs.name("name", name, Role.NAME_MAX);
        Set<Privilege> wanted = copy(privileges);
        AuditRecord attempt = record(AuditKind.ROLE_CHANGED, role).change(RoleLabels.privileges(role.getPrivileges()).in(Locale.ENGLISH),
                RoleLabels.privileges(wanted).in(Locale.ENGLISH));
        if (role.isBuiltIn()) {
            guard.refuse(new Reason("rule.builtInRoleFixed"), attempt);
        }
        InvalidInput.requireCurrent(role.getVersion(), expectedVersion);
        requireNameFree(cleanName, role);
        requireComposable(wanted, attempt);
        // Taking privileges away is subject to the same rule: nobody edits a role above their own.
        requireComposable(role.getPrivileges(), attempt);
        String before = role.getName() + ": " + RoleLabels.privileges(role.getPrivileges()).in(Locale.ENGLISH);
        role.rename(cleanName);
        role.changePrivileges(wanted);
        audit.changed(record(AuditKind.ROLE_CHANGED, role).change(before, cleanName + ": " + RoleLabels.privileges(wanted).in(Locale.ENGLISH)));
    }

    /**
     * What {@link #update} with these privileges would do, without doing it: each privilege gained
     * or lost and how many people of the caller's scope hold the role, counted in the database.
     * The same rules as for the update apply (built-in roles are fixed, nobody composes privileges
     * they lack, membership stays with the Owner), but a refused preview is not audited: nothing
     * was attempted, and the update that may follow is refused and audited on its own.
     */
    public RoleChangePreview previewChange(long roleId, Set<Privilege> privileges) {
        Role role = role(roleId);
        Set<Privilege> wanted = copy(privileges);
        Optional<Reason> refusal = role.isBuiltIn() ? Optional.of(new Reason("rule.builtInRoleFixed"))
                : whyNotComposable(wanted).or(() -> whyNotComposable(role.getPrivileges()));
        if (refusal.isPresent()) {
            throw refusal.get().refusal();
        }
        long holders = em.createQuery("SELECT COUNT(u) FROM User u WHERE u.role = :role AND u.organizationPath LIKE :scope",
                Long.class).setParameter("role", role).setParameter("scope", caller.scopePath() + "%").getSingleResult();
        return new RoleChangePreview(role.getId(), role.getName(), role.getVersion(), holders,
                Caller.WHOLE_ACCOUNT.equals(caller.scopePath()), RoleChangePreview.changes(role.getPrivileges(), wanted, holders));
    }

    /**
     * Deletes a custom role. People holding it get {@code replacementRoleId} in the same
     * transaction; a role in use cannot be deleted without one.
     */
    public void delete(long roleId, Long replacementRoleId) {
        Role role = role(roleId);
        AuditRecord attempt = record(AuditKind.ROLE_DELETED, role);
        if (role.isBuiltIn()) {
            guard.refuse(new Reason("rule.builtInRoleFixed"), attempt);
        }
        Actor actor = guard.actor();
        guard.check(GrantRules.whyNotCompose(actor, role.getPrivileges()), attempt);
        long holders = em.createNamedQuery(User.COUNT_WITH_ROLE, Long.class).setParameter("role", role).getSingleResult();
        String replacementName = null;
        if (holders > 0) {
            if (replacementRoleId == null) {
                throw InvalidInput.field("replacementRoleId", "input.replacementRoleRequired", holders);
            }
            Role replacement = role(replacementRoleId);
            if (replacement.getId().equals(role.getId())) {
                throw InvalidInput.field("replacementRoleId", "input.replacementIsSameRole");
            }
            guard.check(GrantRules.whyNotGrant(actor, replacement, null), attempt);
            em.createQuery("UPDATE User u SET u.role = :replacement WHERE u.role = :role")
                    .setParameter("replacement", replacement).setParameter("role", role).executeUpdate();
            replacementName = replacement.getName();
        }
        // Its profile-field rules go with it.
        em.createNamedQuery(ProfileFieldRule.DELETE_OF_ROLE).setParameter("role", role).executeUpdate();
        em.remove(role);
        audit.changed(attempt.change(role.getName() + ": " + RoleLabels.privileges(role.getPrivileges()).in(Locale.ENGLISH),
                replacementName == null ? null : holders + " people now " + replacementName));
    }

    private void requireComposable(Set<Privilege> privileges, AuditRecord attempt) {
        guard.check(whyNotComposable(privileges), attempt);
    }

    /** Why the caller may not put {@code privileges} into a custom role, or empty when they may. */
    private Optional<Reason> whyNotComposable(Set<Privilege> privileges) {
        if (privileges.contains(Privilege.MANAGE_MEMBERSHIP)) {
            return Optional.of(new Reason("rule.membershipOwnerOnly"));
        }
        return GrantRules.whyNotCompose(guard.actor(), privileges);
    }

    private void requireNameFree(String name, Role self) {
        List<Role> same = em.createQuery("SELECT r FROM Role r WHERE LOWER(r.name) = :name", Role.class)
                .setParameter("name", name.toLowerCase(Locale.ROOT)).getResultList();
        if (same.stream().anyMatch(r -> r != self)) {
            throw InvalidInput.conflict("name", "input.roleNameTaken");
        }
    }

    private Role role(long roleId) {
        Role role = em.find(Role.class, roleId);
        if (role == null) {
            throw new NotFound(TargetType.ROLE, roleId);
        }
        return role;
    }

    private static Set<Privilege> copy(Set<Privilege> privileges) {
        return privileges == null || privileges.isEmpty() ? EnumSet.noneOf(Privilege.class) : EnumSet.copyOf(privileges);
    }

    private static RoleSummary summary(Role role, long users) {
        return new RoleSummary(role.getId(), role.getBuiltIn().orElse(null), role.getName(), role.getPrivileges(), users, role.getVersion());
    }

    private static AuditRecord record(AuditKind kind, Role role) {
        return AuditRecord.of(kind, TargetType.ROLE, role.getId(), role.getName(), null);
    }
}
