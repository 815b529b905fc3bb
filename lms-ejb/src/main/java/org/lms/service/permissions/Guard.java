package org.lms.service.permissions;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;
import org.lms.service.audit.AuditLog;
import org.lms.service.audit.AuditRecord;
import org.lms.service.security.Caller;

/**
 * Applies a rule's verdict inside a service: a refusal is written to the audit log (in its own
 * transaction, so it survives the rollback) and ends the call with its reason.
 */
@RequestScoped
public class Guard {

    @Inject
    private Caller caller;

    @Inject
    private AuditLog audit;

    public Actor actor() {
        return Actor.of(caller.require());
    }

    /** Refuses the attempt described by {@code attempt} when {@code reason} is present. */
    public void check(Optional<Reason> reason, AuditRecord attempt) {
        if (reason.isPresent()) {
            refuse(reason.get(), attempt);
        }
    }

    public void refuse(Reason reason, AuditRecord attempt) {
        audit.refused(attempt.because(reason.message(Locale.ENGLISH)));
        throw reason.refusal();
    }
}
