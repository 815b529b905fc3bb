package org.lms.service.users;

import java.io.Serializable;
import java.util.List;
import org.lms.service.permissions.Reason;

/**
 * What a bulk action did: how many people it changed, and for each person it left alone, why.
 * Each person was handled on their own, so a refusal for one changed nothing for the others.
 */
public record BulkOutcome(int done, List<Skipped> skipped) implements Serializable {

    /** Why a person was left alone. */
    public enum Why { NOT_FOUND, REFUSED, INVALID }

    /**
     * One person left alone: {@code label} is their name and email, or null when they are not
     * (or no longer) in the caller's scope, so the summary names nobody the caller cannot see.
     */
    public record Skipped(long userId, String label, Why why, Reason reason) implements Serializable {
    }

    public int total() {
        return done + skipped.size();
    }
}
