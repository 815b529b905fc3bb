package org.lms.service.audit;

import java.io.Serializable;
import java.time.Instant;
import org.lms.domain.audit.AuditEvent;
import org.lms.domain.audit.AuditOutcome;

/** An audit event as the audit log shows it. */
public record AuditEntry(long id, Instant occurredAt, String actor, String kind, String targetType, Long targetId,
        String target, AuditOutcome outcome, String before, String after, String reason) implements Serializable {

    static AuditEntry of(AuditEvent e) {
        return new AuditEntry(e.getId(), e.getOccurredAt(), e.getActorLabel(), e.getKind(), e.getTargetType(),
                e.getTargetId(), e.getTargetLabel(), e.getOutcome(), e.getBefore(), e.getAfter(), e.getReason());
    }
}
