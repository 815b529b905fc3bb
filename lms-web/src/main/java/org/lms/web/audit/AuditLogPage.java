package org.lms.web.audit;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.lms.domain.audit.AuditOutcome;
import org.lms.service.audit.AuditEntry;
import org.lms.service.audit.AuditKind;
import org.lms.service.audit.AuditTrail;
import org.lms.web.security.ActiveUser;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The audit log, newest first: a lazy table whose paging and filters (actor, target, kind,
 * outcome, days in the reader's time zone) run in the database, and the export of the filter.
 */
@Named
@ViewScoped
public class AuditLogPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AuditTrail trail;

    @Inject
    private ActiveUser activeUser;

    private final AuditFilter filter = new AuditFilter();
    private final LazyDataModel<AuditEntry> entries = new Entries();

    public LazyDataModel<AuditEntry> getEntries() {
        return entries;
    }

    public AuditFilter getFilter() {
        return filter;
    }

    public AuditKind[] getKinds() {
        return AuditKind.values();
    }

    public AuditOutcome[] getOutcomes() {
        return AuditOutcome.values();
    }

    /** The bundle key of a recorded kind's name, or null for a kind this version does not know. */
    public String kindKey(String kind) {
        AuditKind known = AuditExport.kindOf(kind);
        return known == null ? null : known.labelKey();
    }

    /** The export of what the list shows now: a plain link. */
    public String exportUrl(String format) {
        return filter.exportUrl(format);
    }

    private final class Entries extends LazyDataModel<AuditEntry> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, trail.count(filter.query(activeUser.getTimeZone())));
        }

        @Override
        public List<AuditEntry> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            return trail.page(filter.query(activeUser.getTimeZone()), first, pageSize);
        }

        @Override
        public String getRowKey(AuditEntry entry) {
            return Long.toString(entry.id());
        }
    }
}
