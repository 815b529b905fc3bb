package org.lms.domain.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Who did what to whom, when, before and after. Events are written in the transaction of the
 * change they describe (refusals in their own), and never changed afterwards. Actor and target are
 * kept as plain values, so an event outlives the user or object it names.
 */
@Entity
@Table(name = "AUDIT_EVENT")
public class AuditEvent {

    public static final int KIND_MAX = 60;
    public static final int LABEL_MAX = 300;
    public static final int DETAIL_MAX = 4000;

    @Id
    @SequenceGenerator(name = "AUDIT_SEQ", sequenceName = "AUDIT_EVENT_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "AUDIT_SEQ")
    private Long id;

    @Column(name = "OCCURRED_AT", nullable = false)
    private Instant occurredAt;

    @Column(name = "ACTOR_ID")
    private Long actorId;

    @Column(name = "ACTOR_LABEL", length = LABEL_MAX)
    private String actorLabel;

    @Column(name = "KIND", nullable = false, length = KIND_MAX)
    private String kind;

    @Column(name = "TARGET_TYPE", length = KIND_MAX)
    private String targetType;

    @Column(name = "TARGET_ID")
    private Long targetId;

    @Column(name = "TARGET_LABEL", length = LABEL_MAX)
    private String targetLabel;

    /** Path of the organization the target belongs to, so the log can be read by scope. */
    @Column(name = "ORGANIZATION_PATH", length = 1000)
    private String organizationPath;

    @Enumerated(EnumType.STRING)
    @Column(name = "OUTCOME", nullable = false, length = 10)
    private AuditOutcome outcome;

    @Column(name = "BEFORE_VALUE", length = DETAIL_MAX)
    private String before;

    @Column(name = "AFTER_VALUE", length = DETAIL_MAX)
    private String after;

    @Column(name = "REASON", length = DETAIL_MAX)
    private String reason;

    protected AuditEvent() {
    }

    public AuditEvent(Instant occurredAt, Long actorId, String actorLabel, String kind, AuditOutcome outcome) {
        this.occurredAt = occurredAt;
        this.actorId = actorId;
        this.actorLabel = clip(actorLabel, LABEL_MAX);
        this.kind = kind;
        this.outcome = outcome;
    }

    public AuditEvent target(String type, Long id, String label, String orgPath) {
        this.targetType = type;
        this.targetId = id;
        this.targetLabel = clip(label, LABEL_MAX);
        this.organizationPath = orgPath;
        return this;
    }

    public AuditEvent change(String beforeValue, String afterValue) {
        this.before = clip(beforeValue, DETAIL_MAX);
        this.after = clip(afterValue, DETAIL_MAX);
        return this;
    }

    public AuditEvent reason(String why) {
        this.reason = clip(why, DETAIL_MAX);
        return this;
    }

    private static String clip(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max - 1) + "…";
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Long getActorId() {
        return actorId;
    }

    public String getActorLabel() {
        return actorLabel;
    }

    public String getKind() {
        return kind;
    }

    public String getTargetType() {
        return targetType;
    }

    public Long getTargetId() {
        return targetId;
    }

    public String getTargetLabel() {
        return targetLabel;
    }

    public String getOrganizationPath() {
        return organizationPath;
    }

    public AuditOutcome getOutcome() {
        return outcome;
    }

    public String getBefore() {
        return before;
    }

    public String getAfter() {
        return after;
    }

    public String getReason() {
        return reason;
    }
}
