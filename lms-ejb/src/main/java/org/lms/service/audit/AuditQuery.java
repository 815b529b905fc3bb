package org.lms.service.audit;

import java.io.Serializable;
import java.time.Instant;
import org.lms.domain.audit.AuditOutcome;

/** Filters of the audit log; null means "any". */
public record AuditQuery(String actor, String target, AuditKind kind, AuditOutcome outcome, Instant from, Instant to)
        implements Serializable {

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null, null);
    }
}
