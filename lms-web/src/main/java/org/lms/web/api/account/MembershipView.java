package org.lms.web.api.account;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lms.service.account.Membership;

/** The membership as GET and PUT /account/membership carry it. */
@Schema(name = "Membership")
public record MembershipView(String plan,
        @Schema(description = "Active people allowed; 0 means no limit") int seatLimit,
        @Schema(description = "Email address for invoices; absent when none") String billingContact,
        @Schema(description = "TRIAL, ACTIVE or CANCELLED; changed by cancellation and renewal only", readOnly = true) String status,
        @Schema(description = "Active people now", readOnly = true) long seatsUsed,
        @Schema(description = "Send it back with PUT: a change made meanwhile by someone else answers 409") long version) {

    static MembershipView of(Membership m) {
        return new MembershipView(m.plan(), m.seatLimit(), m.billingContact(), m.status().name(), m.seatsUsed(), m.version());
    }
}
