package org.lms.service.users;

import static org.lms.service.permissions.TargetType.ORGANIZATION;
import static org.lms.service.permissions.TargetType.USER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.lms.domain.account.Account;
import org.lms.domain.organizations.Organization;
import org.lms.domain.roles.Privilege;
import org.lms.domain.roles.Role;
import org.lms.domain.users.EmailAddress;
import org.lms.domain.users.User;
import org.lms.domain.users.UserStatus;
import org.lms.service.audit.AuditKind;
import org.lms.service.audit.AuditLog;
import org.lms.service.audit.AuditRecord;
import org.lms.service.permissions.Actor;
import org.lms.service.permissions.GrantRules;
import org.lms.service.permissions.Guard;
import org.lms.service.permissions.InScope;
import org.lms.service.permissions.Inputs;
import org.lms.service.permissions.InvalidInput;
import org.lms.service.permissions.NotFound;
import org.lms.service.permissions.Reason;
import org.lms.service.permissions.ScopeChecked;
import org.lms.service.permissions.TargetType;
import org.lms.service.roles.RoleChoice;
import org.lms.service.security.PasswordHasher;
import org.lms.service.security.PasswordPolicy;

/**
 * Creating and changing users within the caller's scope. Every change checks the rules of
 * {@link GrantRules} and is audited with before and after.
 */
@Stateless
@ScopeChecked
@RolesAllowed(Privilege.Names.MANAGE_USERS)
public class UserAdministration {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Guard guard;

    @Inject
    private AuditLog audit;

    @Inject
    private PasswordHasher hasher;

    public UserDetails get(@InScope(USER) long userId) {
        return UserDetails.of(user(userId));
    }

    /**
     * Creates a user. Without an initial password the person sets one through an invitation link.
     *
     * @return the new user's id
     */
    public long create(@InScope(ORGANIZATION) long organizationId, String email, String name, long roleId,
            String initialPassword) {
        String cleanEmail = Inputs.email("email", email);
        String cleanName = Inputs.name("name", name, User.NAME_MAX);
        Role role = role(roleId);
        Organization organization = em.find(Organization.class, organizationId);
        requireEmailFree(cleanEmail, null);
        Account account = em.find(Account.class, Account.THE_ACCOUNT);
        if (initialPassword != null && !initialPassword.isEmpty()) {
            PasswordPolicy.of(account).whyNot(initialPassword).ifPresent(reason -> {
                throw InvalidInput.field("password", reason);
            });
        }

        User user = new User(cleanEmail, cleanName, organization, role);
        AuditRecord attempt = new AuditRecord(AuditKind.USER_CREATED, USER, null, cleanName + " <" + cleanEmail + ">",
                organization.getPath(), null, role.getName(), null);
        guard.check(GrantRules.whyNotGrant(guard.actor(), role, null), attempt);
        if (account != null && account.getSeatLimit() > 0 && activeUsers() >= account.getSeatLimit()) {
            guard.refuse(new Reason("rule.seatLimit", account.getSeatLimit()), attempt);
        }
        if (initialPassword != null && !initialPassword.isEmpty()) {
            user.changePasswordHash(hasher.hash(initialPassword));
        }
        em.persist(user);
        audit.changed(AuditRecord.of(AuditKind.USER_CREATED, user).change(null, role.getName() + " in " + organization.getName()));
        return user.getId();
    }

    /** Changes name and email; {@code expectedVersion} is the version the editor saw. */
    public void update(@InScope(USER) long userId, long expectedVersion, String name, String email) {
        User user = user(userId);
        requireVersion(user, expectedVersion);
        String cleanName = Inputs.name("name", name, User.NAME_MAX);
        String cleanEmail = Inputs.email("email", email);
        requireManageable(user, AuditKind.USER_UPDATED);
        requireEmailFree(cleanEmail, user);
        String before = user.getName() + " <" + user.getEmail() + ">";
        user.rename(cleanName);
        user.changeEmail(cleanEmail);
        audit.changed(AuditRecord.of(AuditKind.USER_UPDATED, user).change(before, cleanName + " <" + cleanEmail + ">"));
    }

    /**
     * Changes in one step whatever is given of name, email, organization and the switch "may see
     * the organization's reports"; a null leaves that value as it is. Each change is checked and
     * audited as its own method would, and either all of them happen or none.
     */
    public void edit(@InScope(USER) long userId, long expectedVersion, String name, String email,
            @InScope(value = ORGANIZATION, optional = true) Long organizationId, Boolean mayViewOrganizationReports) {
        User user = user(userId);
        requireVersion(user, expectedVersion);
        String cleanName = name == null ? user.getName() : Inputs.name("name", name, User.NAME_MAX);
        String cleanEmail = email == null ? user.getEmail() : Inputs.email("email", email);
        requireManageable(user, AuditKind.USER_UPDATED);
        if (!cleanName.equals(user.getName()) || !cleanEmail.equals(user.getEmail())) {
            requireEmailFree(cleanEmail, user);
            String before = user.getName() + " <" + user.getEmail() + ">";
            user.rename(cleanName);
            user.changeEmail(cleanEmail);
            audit.changed(AuditRecord.of(AuditKind.USER_UPDATED, user).change(before, cleanName + " <" + cleanEmail + ">"));
        }
        if (organizationId != null && organizationId != user.getOrganization().getId().longValue()) {
            Organization target = em.find(Organization.class, organizationId);
            String before = user.getOrganization().getName();
            user.moveTo(target);
            audit.changed(AuditRecord.of(AuditKind.USER_MOVED, user).change(before, target.getName()));
        }
        if (mayViewOrganizationReports != null && mayViewOrganizationReports != user.isMayViewOrganizationReports()) {
            user.allowOrganizationReports(mayViewOrganizationReports);
            audit.changed(AuditRecord.of(AuditKind.USER_REPORT_ACCESS_CHANGED, user).change(!mayViewOrganizationReports,
                    mayViewOrganizationReports));
        }
    }

    public void assignRole(@InScope(USER) long userId, long roleId) {
        User user = user(userId);
        Role role = role(roleId);
        AuditRecord attempt = AuditRecord.of(AuditKind.USER_ROLE_CHANGED, user).change(user.getRole().getName(), role.getName());
        Actor actor = guard.actor();
        guard.check(GrantRules.whyNotManage(actor, user), attempt);
        guard.check(GrantRules.whyNotGrant(actor, role, user), attempt);
        if (user.getRole().getId().equals(role.getId())) {
            return;
        }
        String before = user.getRole().getName();
        user.assignRole(role);
        audit.changed(AuditRecord.of(AuditKind.USER_ROLE_CHANGED, user).change(before, role.getName()));
    }

    /** Moves a user to another organization; both lie in the caller's scope (checked before the call). */
    public void move(@InScope(USER) long userId, @InScope(ORGANIZATION) long organizationId) {
        User user = user(userId);
        Organization target = em.find(Organization.class, organizationId);
        requireManageable(user, AuditKind.USER_MOVED);
        String before = user.getOrganization().getName();
        user.moveTo(target);
        audit.changed(AuditRecord.of(AuditKind.USER_MOVED, user).change(before, target.getName()));
    }

    public void deactivate(@InScope(USER) long userId) {
        User user = user(userId);
        requireNotSelf(user, AuditKind.USER_DEACTIVATED);
        requireManageable(user, AuditKind.USER_DEACTIVATED);
        if (user.getStatus() != UserStatus.DEACTIVATED) {
            user.deactivate();
            audit.changed(AuditRecord.of(AuditKind.USER_DEACTIVATED, user).change(UserStatus.ACTIVE, UserStatus.DEACTIVATED));
        }
    }

    public void activate(@InScope(USER) long userId) {
        User user = user(userId);
        requireManageable(user, AuditKind.USER_ACTIVATED);
        if (!user.isActive()) {
            Account account = em.find(Account.class, Account.THE_ACCOUNT);
            if (account != null && account.getSeatLimit() > 0 && activeUsers() >= account.getSeatLimit()) {
                guard.refuse(new Reason("rule.seatLimit", account.getSeatLimit()), AuditRecord.of(AuditKind.USER_ACTIVATED, user));
            }
            user.activate();
            audit.changed(AuditRecord.of(AuditKind.USER_ACTIVATED, user).change(UserStatus.DEACTIVATED, UserStatus.ACTIVE));
        }
    }

    /**
     * Deletes a user who has no learning records; their audit trail stays, their group
     * memberships go. People with learning records are deactivated instead.
     */
    public void delete(@InScope(USER) long userId) {
        User user = user(userId);
        requireNotSelf(user, AuditKind.USER_DELETED);
        requireManageable(user, AuditKind.USER_DELETED);
        AuditRecord record = AuditRecord.of(AuditKind.USER_DELETED, user).change(user.getRole().getName(), null);
        long records = em.createQuery("SELECT COUNT(e) FROM Enrollment e WHERE e.user = :user", Long.class)
                .setParameter("user", user).getSingleResult();
        if (records > 0) {
            // Learning records are kept for reports and audits: such a user is deactivated instead.
            guard.refuse(new Reason("rule.userHasLearningRecords", records), record);
        }
        em.createNativeQuery("DELETE FROM GROUP_MEMBER WHERE USER_ID = ?").setParameter(1, userId).executeUpdate();
        em.createQuery("UPDATE Course c SET c.createdBy = NULL WHERE c.createdBy = :user").setParameter("user", user).executeUpdate();
        em.remove(user);
        audit.changed(record);
    }

    /** The per-user switch "may see the organization's reports" (Table 1, learners). */
    public void allowOrganizationReports(@InScope(USER) long userId, boolean allowed) {
        User user = user(userId);
        requireManageable(user, AuditKind.USER_REPORT_ACCESS_CHANGED);
        boolean before = user.isMayViewOrganizationReports();
        user.allowOrganizationReports(allowed);
        audit.changed(AuditRecord.of(AuditKind.USER_REPORT_ACCESS_CHANGED, user).change(before, allowed));
    }

    /** The roles the caller may give to other people, for the Role list. */
    public List<RoleChoice> grantableRoles() {
        Actor actor = guard.actor();
        return em.createNamedQuery(Role.FIND_ALL, Role.class).getResultList().stream()
                .filter(role -> GrantRules.whyNotGrant(actor, role, null).isEmpty())
                .map(RoleChoice::of)
                .toList();
    }

    private User user(long userId) {
        User user = em.find(User.class, userId);
        if (user == null) {
            throw new NotFound(USER, userId);
        }
        return user;
    }

    private Role role(long roleId) {
        Role role = em.find(Role.class, roleId);
        if (role == null) {
            throw new NotFound(TargetType.ROLE, roleId);
        }
        return role;
    }

    private void requireManageable(User user, AuditKind kind) {
        guard.check(GrantRules.whyNotManage(guard.actor(), user), AuditRecord.of(kind, user));
    }

    private void requireNotSelf(User user, AuditKind kind) {
        if (user.getId() == guard.actor().userId()) {
            guard.refuse(new Reason("rule.notYourself"), AuditRecord.of(kind, user));
        }
    }

    private static void requireVersion(User user, long expectedVersion) {
        if (user.getVersion() != expectedVersion) {
            throw InvalidInput.conflict("version", "input.changedBySomeoneElse");
        }
    }

    private void requireEmailFree(String email, User self) {
        Optional<User> other = em.createNamedQuery(User.FIND_BY_EMAIL_KEY, User.class)
                .setParameter("emailKey", EmailAddress.key(email)).getResultStream().findFirst();
        if (other.isPresent() && other.get() != self) {
            throw InvalidInput.conflict("email", "input.emailTaken");
        }
    }

    private long activeUsers() {
        return em.createQuery("SELECT COUNT(u) FROM User u WHERE u.status = :active", Long.class)
                .setParameter("active", UserStatus.ACTIVE).getSingleResult();
    }
}
