package org.lms.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AccountTest {

    @Test
    void aSeatLimitCountsTheSeatsLeft() {
        Account account = new Account("Acme");
        account.changeMembership("Standard", 3, null);
        assertEquals(1, account.seatsLeft(2));
        assertTrue(account.seatAvailable(2));
        assertEquals(0, account.seatsLeft(3));
        assertFalse(account.seatAvailable(3));
        assertEquals(0, account.seatsLeft(5), "more active people than seats (a limit lowered later) leaves none, not fewer");
    }

    @Test
    void noSeatLimitLeavesRoomForEveryone() {
        Account account = new Account("Acme");
        account.changeMembership("Standard", 0, null);
        assertEquals(Long.MAX_VALUE, account.seatsLeft(1_000_000));
        assertTrue(account.seatAvailable(1_000_000));
    }

    @Test
    void onlyACancelledMembershipIsRenewed() {
        Account account = new Account("Acme");
        MembershipStatus start = account.getMembershipStatus();
        account.renewMembership();
        assertEquals(start, account.getMembershipStatus(), "renewing a running membership changes nothing");
        account.cancelMembership();
        account.renewMembership();
        assertEquals(MembershipStatus.ACTIVE, account.getMembershipStatus());
    }
}
