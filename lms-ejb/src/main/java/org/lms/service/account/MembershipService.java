package org.lms.service.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.lms.domain.account.Account;
import org.lms.domain.account.MembershipStatus;
import org.lms.domain.roles.Privilege;
import org.lms.domain.users.User;
import org.lms.domain.users.UserStatus;
import org.lms.service.audit.AuditKind;
import org.lms.service.audit.AuditLog;
import org.lms.service.audit.AuditRecord;
import org.lms.service.permissions.Inputs;
import org.lms.service.permissions.InvalidInput;

/** Plan, seats and billing: the Account Owner alone (Table 1, "Account membership"). */
@Stateless
@RolesAllowed(Privilege.Names.MANAGE_MEMBERSHIP)
public class MembershipService {

    public static final int PLAN_MAX = 40;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private AuditLog audit;

    public Membership membership() {
        return Membership.of(account(), activeUsers());
    }

    public void update(String plan, int seatLimit, String billingContact, long expectedVersion) {
        Account account = account();
        InvalidInput.requireCurrent(account.getVersion(), expectedVersion);
        String cleanPlan = Inputs.name("plan", plan, PLAN_MAX);
        String contact = billingContact == null || billingContact.isBlank() ? null : Inputs.email("billingContact", billingContact);
        if (seatLimit < 0) {
            throw InvalidInput.field("seatLimit", "input.outOfRange", 0, Integer.MAX_VALUE);
        }
        Membership before = membership();
        account.changeMembership(cleanPlan, seatLimit, contact);
        audit.changed(AuditRecord.of(AuditKind.MEMBERSHIP_CHANGED, account)
                .change(before, Membership.of(account, before.seatsUsed())));
    }

    /**
     * Cancels the membership. The Owner confirms by typing the account's name. Everyone else's
     * sign-ins, sessions and API tokens stop working at once; the data stays, and the Owner can
     * still sign in to export it or renew.
     */
    public void cancel(String confirmation) {
        Account account = account();
        if (confirmation == null || !confirmation.strip().equals(account.getName())) {
            throw InvalidInput.field("confirmation", "input.accountNameMismatch");
        }
        MembershipStatus before = account.getMembershipStatus();
        account.cancelMembership();
        audit.changed(AuditRecord.of(AuditKind.MEMBERSHIP_CHANGED, account)
                .change(before, account.getMembershipStatus()));
    }

    /**
     * Takes a cancelled membership up again: everyone can sign in as before. Renewing a membership
     * that is not cancelled changes nothing (a trial does not become active this way).
     */
    public void renew() {
        Account account = account();
        MembershipStatus before = account.getMembershipStatus();
        account.renewMembership();
        if (account.getMembershipStatus() != before) {
            audit.changed(AuditRecord.of(AuditKind.MEMBERSHIP_CHANGED, account).change(before, account.getMembershipStatus()));
        }
    }

    private long activeUsers() {
        return em.createNamedQuery(User.COUNT_ACTIVE, Long.class)
                .setParameter("active", UserStatus.ACTIVE).getSingleResult();
    }

    private Account account() {
        return em.find(Account.class, Account.THE_ACCOUNT);
    }
}
