package org.lms.service.audit;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import org.lms.domain.audit.AuditEvent;
import org.lms.domain.audit.AuditOutcome;
import org.lms.domain.users.User;
import org.lms.service.security.Caller;

/**
 * Writes audit events. A change is recorded in the transaction that makes it, so the two commit
 * or roll back together; a refusal in a transaction of its own, so it stays recorded although the
 * refused call rolls back. Only services call it, on behalf of their caller.
 */
@Stateless
@PermitAll
public class AuditLog {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void changed(AuditRecord record) {
        em.persist(event(record, AuditOutcome.DONE));
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void refused(AuditRecord record) {
        em.persist(event(record, AuditOutcome.REFUSED));
    }

    private AuditEvent event(AuditRecord record, AuditOutcome outcome) {
        User actor = caller.user().orElse(null);
        return new AuditEvent(Instant.now(), actor == null ? null : actor.getId(),
                actor == null ? "system" : actor.getName() + " <" + actor.getEmail() + ">", record.kind().name(), outcome)
                .target(record.targetType() == null ? null : record.targetType().name(), record.targetId(),
                        record.targetLabel(), record.organizationPath())
                .change(record.before(), record.after())
                .reason(record.reason());
    }
}
