package org.lms.service.account;

import java.io.Serializable;
import org.lms.domain.account.Account;
import org.lms.domain.account.MembershipStatus;

/** The account's membership as the Owner sees it. */
public record Membership(String plan, int seatLimit, String billingContact, MembershipStatus status, long seatsUsed,
        long version) implements Serializable {

    static Membership of(Account account, long seatsUsed) {
        return new Membership(account.getPlan(), account.getSeatLimit(), account.getBillingContact(),
                account.getMembershipStatus(), seatsUsed, account.getVersion());
    }
}
