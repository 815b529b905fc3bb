package org.lms.web.audit;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.lms.service.audit.AuditEntry;
import org.lms.service.audit.AuditKind;
import org.lms.web.export.TableExport;

/**
 * The audit log as a {@link TableExport}: the page's columns, with before and after apart, times
 * in the reader's time zone and kinds and outcomes in their language. What was recorded (names,
 * values, reasons) is written as recorded.
 */
public final class AuditExport {

    /** The download's file name without extension. */
    public static final String FILE_NAME = "audit-log";

    private AuditExport() {
    }

    public static TableExport<AuditEntry> table(ResourceBundle texts, ZoneId zone) {
        return new TableExport<>(texts.getString("audit.title"), List.of(
                new TableExport.Column<AuditEntry>(texts.getString("audit.column.when"),
                        e -> LocalDateTime.ofInstant(e.occurredAt(), zone)),
                new TableExport.Column<AuditEntry>(texts.getString("audit.column.actor"), AuditEntry::actor),
                new TableExport.Column<AuditEntry>(texts.getString("audit.column.kind"), e -> kindLabel(e.kind(), texts)),
                new TableExport.Column<AuditEntry>(texts.getString("audit.column.target"), AuditEntry::target),
                new TableExport.Column<AuditEntry>(texts.getString("audit.column.outcome"),
                        e -> texts.getString(outcomeKey(e))),
                new TableExport.Column<AuditEntry>(texts.getString("audit.column.before"), AuditEntry::before),
                new TableExport.Column<AuditEntry>(texts.getString("audit.column.after"), AuditEntry::after),
                new TableExport.Column<AuditEntry>(texts.getString("audit.column.reason"), AuditEntry::reason)));
    }

    /** A kind's name in the reader's language; a kind this version does not know, as stored. */
    static String kindLabel(String kind, ResourceBundle texts) {
        AuditKind known = kindOf(kind);
        try {
            return known == null ? kind : texts.getString(known.labelKey());
        } catch (MissingResourceException e) {
            return kind;
        }
    }

    static AuditKind kindOf(String kind) {
        for (AuditKind candidate : AuditKind.values()) {
            if (candidate.name().equals(kind)) {
                return candidate;
            }
        }
        return null;
    }

    static String outcomeKey(AuditEntry entry) {
        return "auditOutcome." + entry.outcome().name();
    }
}
