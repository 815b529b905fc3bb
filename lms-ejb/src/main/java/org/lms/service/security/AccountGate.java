package org.lms.service.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.lms.domain.account.Account;
import org.lms.domain.account.MembershipStatus;
import org.lms.domain.roles.BuiltInRole;
import org.lms.domain.users.User;

/**
 * Whether a person may use the account at all: once the membership is cancelled, only the Account
 * Owner signs in (to export the data or renew). Asked at sign-in, for every session request and
 * for every API token, so a cancellation ends everyone else's access at once.
 */
@ApplicationScoped
public class AccountGate {

    @PersistenceContext
    private EntityManager em;

    public boolean admits(User user) {
        Account account = em.find(Account.class, Account.THE_ACCOUNT);
        return account == null || account.getMembershipStatus() != MembershipStatus.CANCELLED
                || user.getRole().is(BuiltInRole.ACCOUNT_OWNER);
    }
}
