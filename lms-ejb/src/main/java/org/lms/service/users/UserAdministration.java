package org.lms.service.users;

import org.lms.service.learning.LearningTally;
import static org.lms.service.permissions.TargetType.ORGANIZATION;
import static org.lms.service.permissions.TargetType.USER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.lms.domain.account.Account;
import org.lms.domain.profiles.ProfileFieldPolicy;
import org.lms.domain.learning.EnrollmentStatus;
import org.lms.domain.organizations.Organization;
import org.lms.domain.roles.Privilege;
import org.lms.domain.security.PasswordInvitation;
import org.lms.domain.roles.Role;
import org.lms.domain.users.EmailAddress;
import org.lms.domain.users.User;
import org.lms.domain.users.UserStatus;
import org.lms.service.audit.AuditKind;
import org.lms.service.audit.AuditLog;
import org.lms.service.audit.AuditRecord;
import org.lms.service.learning.AssignmentRules;
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
import org.lms.service.profiles.ProfileFields;
import org.lms.service.roles.RoleChoice;
import org.lms.service.platform.Settings;
import org.lms.service.security.InvitationSecrets;
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

    /** Days a set-password link stays valid. */
    public static final String INVITATION_DAYS_SETTING = "lms.invitation.days";

    @Inject
    private LearningTally tally;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Guard guard;

    @Inject
    private AuditLog audit;

    @Inject
    private AssignmentRules assignmentRules;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private ProfileFields profiles;

    /** The user with the profile fields the caller's role may see (hidden ones are left out). */
    public UserDetails get(@InScope(USER) long userId) {
        User user = user(userId);
        return UserDetails.of(user, profiles.read(user, profiles.callerPolicy(), false));
    }

    /**
     * Creates a user. Without an initial password the person sets one through an invitation link.
     *
     * @return the new user's id
     */
    public long create(@InScope(ORGANIZATION) long organizationId, String email, String name, long roleId,
            String initialPassword) {
        return create(organizationId, email, name, roleId, initialPassword, Map.of());
    }

    /**
     * Creates a user with profile fields (by key), which the creator's role must be allowed to
     * edit; either the person is created with all of them or not at all.
     *
     * @return the new user's id
     */
    public long create(@InScope(ORGANIZATION) long organizationId, String email, String name, long roleId,
            String initialPassword, Map<String, String> profile) {
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
        requireSeat(account, attempt);
        if (initialPassword != null && !initialPassword.isEmpty()) {
            user.changePasswordHash(hasher.hash(initialPassword));
        }
        em.persist(user);
        audit.changed(AuditRecord.of(AuditKind.USER_CREATED, user).change(null, role.getName() + " in " + organization.getName()));
        profiles.change(user, profiles.callerPolicy(), profile);
        assignmentRules.catchUp(List.of(user));
        return user.getId();
    }

    /** Changes name and email; {@code expectedVersion} is the version the editor saw. */
    public void update(@InScope(USER) long userId, long expectedVersion, String name, String email) {
        User user = user(userId);
        InvalidInput.requireCurrent(user.getVersion(), expectedVersion);
        String cleanName = Inputs.name("name", name, User.NAME_MAX);
        String cleanEmail = Inputs.email("email", email);
        requireManageable(user, AuditKind.USER_UPDATED);
        profiles.requireNameAndEmail(user, profiles.callerPolicy(), cleanName, cleanEmail);
        changeNameAndEmail(user, cleanName, cleanEmail);
    }

    /**
     * Saves the Edit User page in one transaction: name, email, role, organization, status and
     * profile fields. Only what differs from the stored user is changed, each part under the same
     * rules as its own operation, profile fields under the rules of the editor's role; one refusal
     * leaves everything as it was. {@code expectedVersion} is the version
     * the editor loaded: if someone saved the user since, nothing is saved and the editor is told.
     */
    public void save(@InScope(USER) long userId, long expectedVersion, @InScope(ORGANIZATION) long organizationId,
            UserEdit edit) {
        User user = user(userId);
        InvalidInput.requireCurrent(user.getVersion(), expectedVersion);
        String cleanName = Inputs.name("name", edit.name(), User.NAME_MAX);
        String cleanEmail = Inputs.email("email", edit.email());
        Role role = role(edit.roleId());
        // Saving asks for the right to manage the person even when nothing differs.
        requireManageable(user, AuditKind.USER_UPDATED);
        if (edit.status() == null) {
            throw InvalidInput.field("status", "input.required");
        }
        ProfileFieldPolicy policy = profiles.callerPolicy();
        profiles.requireNameAndEmail(user, policy, cleanName, cleanEmail);
        profiles.change(user, policy, edit.profile());
        if (!cleanName.equals(user.getName()) || !cleanEmail.equals(user.getEmail())) {
            changeNameAndEmail(user, cleanName, cleanEmail);
        }
        if (!role.getId().equals(user.getRole().getId())) {
            changeRole(user, role);
        }
        if (user.getOrganization().getId() != organizationId) {
            changeOrganization(user, em.find(Organization.class, organizationId));
        }
        if (edit.status() != user.getStatus()) {
            if (edit.status() == UserStatus.ACTIVE) {
                activate(user);
            } else {
                deactivate(user);
            }
        }
    }

    /**
     * Changes in one step whatever is given of name, email, organization, the switch "may see
     * the organization's reports" and profile fields (by key; a field left out stays as it is); a
     * null leaves that value as it is. Each change is checked and audited as its own method would,
     * profile fields under the rules of the editor's role, and either all of them happen or none.
     */
    public void edit(@InScope(USER) long userId, long expectedVersion, String name, String email,
            @InScope(value = ORGANIZATION, optional = true) Long organizationId, Boolean mayViewOrganizationReports,
            Map<String, String> profile) {
        User user = user(userId);
        InvalidInput.requireCurrent(user.getVersion(), expectedVersion);
        String cleanName = name == null ? user.getName() : Inputs.name("name", name, User.NAME_MAX);
        String cleanEmail = email == null ? user.getEmail() : Inputs.email("email", email);
        requireManageable(user, AuditKind.USER_UPDATED);
        ProfileFieldPolicy policy = profiles.callerPolicy();
        profiles.requireNameAndEmail(user, policy, cleanName, cleanEmail);
        profiles.change(user, policy, profile);
        if (!cleanName.equals(user.getName()) || !cleanEmail.equals(user.getEmail())) {
            changeNameAndEmail(user, cleanName, cleanEmail);
        }
        if (organizationId != null) {
            changeOrganization(user, em.find(Organization.class, organizationId));
        }
        if (mayViewOrganizationReports != null && mayViewOrganizationReports != user.isMayViewOrganizationReports()) {
            user.allowOrganizationReports(mayViewOrganizationReports);
            audit.changed(AuditRecord.of(AuditKind.USER_REPORT_ACCESS_CHANGED, user).change(!mayViewOrganizationReports,
                    mayViewOrganizationReports));
        }
    }

    public void assignRole(@InScope(USER) long userId, long roleId) {
        changeRole(user(userId), role(roleId));
    }

    /** Moves a user to another organization; both lie in the caller's scope (checked before the call). */
    public void move(@InScope(USER) long userId, @InScope(ORGANIZATION) long organizationId) {
        changeOrganization(user(userId), em.find(Organization.class, organizationId));
    }

    public void deactivate(@InScope(USER) long userId) {
        deactivate(user(userId));
    }

    public void activate(@InScope(USER) long userId) {
        activate(user(userId));
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
        long records = em.createQuery("SELECT COUNT(e) FROM Enrollment e WHERE e.user = :user AND e.status <> :notStarted",
                Long.class).setParameter("user", user).setParameter("notStarted", EnrollmentStatus.NOT_STARTED).getSingleResult();
        if (records > 0) {
            // Learning records are kept for reports and audits: such a user is deactivated instead.
            guard.refuse(new Reason("rule.userHasLearningRecords", records), record);
        }
        // Courses assigned but never started are no record; rules give them to everyone who joins.
        tally.deleting("e.user = :user", Map.of("user", user));
        em.createQuery("DELETE FROM Enrollment e WHERE e.user = :user").setParameter("user", user).executeUpdate();
        em.createNamedQuery(PasswordInvitation.DELETE_OF_USER).setParameter("user", user).executeUpdate();
        em.createNativeQuery("DELETE FROM GROUP_MEMBER WHERE USER_ID = ?").setParameter(1, userId).executeUpdate();
        profiles.forget(user);
        assignmentRules.forgetRulesNaming(user);
        em.createQuery("UPDATE Course c SET c.createdBy = NULL WHERE c.createdBy = :user").setParameter("user", user).executeUpdate();
        // Their discussion posts stay, written and removed by a person no longer named.
        em.createQuery("UPDATE DiscussionPost p SET p.author = NULL WHERE p.author = :user").setParameter("user", user).executeUpdate();
        em.createQuery("UPDATE DiscussionPost p SET p.removedBy = NULL WHERE p.removedBy = :user").setParameter("user", user)
                .executeUpdate();
        em.remove(user);
        audit.changed(record);
    }

    /**
     * A one-time link for the user to choose a password (a new user, or one who forgot theirs).
     * Earlier unused links of the user stop working. There is no mail server: the administrator
     * sees the link once and passes it on.
     */
    public IssuedInvitation inviteToSetPassword(@InScope(USER) long userId) {
        User user = user(userId);
        AuditRecord record = AuditRecord.of(AuditKind.USER_INVITED, user);
        guard.check(GrantRules.whyNotManage(guard.actor(), user), record);
        if (!user.isActive()) {
            guard.refuse(new Reason("rule.invitationForInactiveUser"), record);
        }
        em.createNamedQuery(PasswordInvitation.DELETE_OPEN_OF_USER).setParameter("user", user).executeUpdate();
        String secret = InvitationSecrets.newSecret();
        Instant now = Instant.now();
        Instant expiresAt = now.plus(Duration.ofDays(Math.max(1, Settings.getInt(INVITATION_DAYS_SETTING, 7))));
        em.persist(new PasswordInvitation(InvitationSecrets.hash(secret), user, now, expiresAt));
        audit.changed(record.change(null, "set-password link valid until " + expiresAt));
        return new IssuedInvitation(userId, secret, expiresAt);
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

    private void changeNameAndEmail(User user, String cleanName, String cleanEmail) {
        requireManageable(user, AuditKind.USER_UPDATED);
        requireEmailFree(cleanEmail, user);
        String before = user.getName() + " <" + user.getEmail() + ">";
        user.rename(cleanName);
        user.changeEmail(cleanEmail);
        audit.changed(AuditRecord.of(AuditKind.USER_UPDATED, user).change(before, cleanName + " <" + cleanEmail + ">"));
    }

    private void changeRole(User user, Role role) {
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

    private void changeOrganization(User user, Organization target) {
        requireManageable(user, AuditKind.USER_MOVED);
        if (user.getOrganization().getId().equals(target.getId())) {
            return;
        }
        String before = user.getOrganization().getName();
        tally.moving(user, target);
        user.moveTo(target);
        audit.changed(AuditRecord.of(AuditKind.USER_MOVED, user).change(before, target.getName()));
        assignmentRules.catchUp(List.of(user));
    }

    private void deactivate(User user) {
        requireNotSelf(user, AuditKind.USER_DEACTIVATED);
        requireManageable(user, AuditKind.USER_DEACTIVATED);
        if (user.getStatus() != UserStatus.DEACTIVATED) {
            user.deactivate();
            audit.changed(AuditRecord.of(AuditKind.USER_DEACTIVATED, user).change(UserStatus.ACTIVE, UserStatus.DEACTIVATED));
        }
    }

    private void activate(User user) {
        requireManageable(user, AuditKind.USER_ACTIVATED);
        if (!user.isActive()) {
            requireSeat(em.find(Account.class, Account.THE_ACCOUNT), AuditRecord.of(AuditKind.USER_ACTIVATED, user));
            user.activate();
            audit.changed(AuditRecord.of(AuditKind.USER_ACTIVATED, user).change(UserStatus.DEACTIVATED, UserStatus.ACTIVE));
        }
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


    private void requireEmailFree(String email, User self) {
        Optional<User> other = em.createNamedQuery(User.FIND_BY_EMAIL_KEY, User.class)
                .setParameter("emailKey", EmailAddress.key(email)).getResultStream().findFirst();
        if (other.isPresent() && other.get() != self) {
            throw InvalidInput.conflict("email", "input.emailTaken");
        }
    }

    /** Refuses (and audits) one more active person when the account has no seat left. */
    private void requireSeat(Account account, AuditRecord attempt) {
        if (account != null && account.getSeatLimit() > 0 && !account.seatAvailable(activeUsers())) {
            guard.refuse(new Reason("rule.seatLimit", account.getSeatLimit()), attempt);
        }
    }

    private long activeUsers() {
        return em.createNamedQuery(User.COUNT_ACTIVE, Long.class).setParameter("active", UserStatus.ACTIVE).getSingleResult();
    }
}
