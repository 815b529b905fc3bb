package org.lms.domain.audit;

/** Whether an audited action was carried out or refused. */
public enum AuditOutcome {
    DONE, REFUSED
}
