package org.lms.service.users;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.lms.domain.account.Account;
import org.lms.domain.account.MembershipStatus;
import org.lms.domain.organizations.Organization;
import org.lms.domain.roles.BuiltInRole;
import org.lms.domain.roles.Role;
import org.lms.domain.users.EmailAddress;
import org.lms.domain.users.User;
import org.lms.domain.users.UserStatus;
import org.lms.service.audit.AuditKind;
import org.lms.service.audit.AuditLog;
import org.lms.service.audit.AuditRecord;
import org.lms.service.learning.AssignmentRules;
import org.lms.service.permissions.Inputs;
import org.lms.service.permissions.InvalidInput;
import org.lms.service.permissions.Reason;
import org.lms.service.security.PasswordHasher;
import org.lms.service.security.PasswordPolicy;

/**
 * People sign themselves up when the account allows it (the account setting "self-registration"):
 * they become Learners in the account's top organization, under the password policy and the seat
 * limit, and an administrator moves them on from there. Callers are anonymous by nature, hence
 * {@code @PermitAll}; the setting and the membership are checked on every call, so switching the
 * setting off closes the door at once.
 */
@Stateless
@PermitAll
public class SelfRegistration {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private PasswordHasher hasher;

    @Inject
    private AuditLog audit;

    @Inject
    private AssignmentRules assignmentRules;

    /** Whether the sign-in page offers to create an account. */
    public boolean isOpen() {
        return isOpen(em.find(Account.class, Account.THE_ACCOUNT));
    }

    /** Creates the Learner and returns their id; refuses when closed, on bad input, a taken email or a full account. */
    public long register(String email, String name, String password) {
        Account account = em.find(Account.class, Account.THE_ACCOUNT);
        if (!isOpen(account)) {
            throw new Reason("rule.selfRegistrationClosed").refusal();
        }
        String cleanEmail = Inputs.email("email", email);
        String cleanName = Inputs.name("name", name, User.NAME_MAX);
        if (password == null || password.isEmpty()) {
            throw InvalidInput.field("password", "input.required");
        }
        PasswordPolicy.of(account).whyNot(password).ifPresent(reason -> {
            throw InvalidInput.field("password", reason);
        });
        boolean taken = !em.createNamedQuery(User.FIND_BY_EMAIL_KEY, User.class)
                .setParameter("emailKey", EmailAddress.key(cleanEmail)).setMaxResults(1).getResultList().isEmpty();
        if (taken) {
            throw InvalidInput.field("email", "input.emailTakenSignIn");
        }
        if (account.getSeatLimit() > 0 && !account.seatAvailable(
                em.createNamedQuery(User.COUNT_ACTIVE, Long.class).setParameter("active", UserStatus.ACTIVE).getSingleResult())) {
            throw new Reason("rule.seatLimitSelfRegistration").refusal();
        }
        Organization top = em.createNamedQuery(Organization.FIND_ROOT, Organization.class).getSingleResult();
        Role learner = em.createNamedQuery(Role.FIND_BY_KEY, Role.class).setParameter("key", BuiltInRole.LEARNER).getSingleResult();
        User user = new User(cleanEmail, cleanName, top, learner);
        user.changePasswordHash(hasher.hash(password));
        em.persist(user);
        audit.changed(AuditRecord.of(AuditKind.USER_CREATED, user).change(null, "self-registered: " + learner.getName()
                + " in " + top.getName()));
        assignmentRules.catchUp(List.of(user));
        return user.getId();
    }

    private static boolean isOpen(Account account) {
        return account != null && account.isSelfRegistration() && account.getMembershipStatus() != MembershipStatus.CANCELLED;
    }
}
