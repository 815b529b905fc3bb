package org.lms.service.imports;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The dry run's answer: every row with its action, the count per action, and how many people the
 * import would deactivate (those the file marks deactivated, and those missing from it when asked).
 */
public record ImportPlan(List<PlannedRow> rows, Map<ImportAction, Long> counts, long deactivations) implements Serializable {

    static ImportPlan of(List<PlannedRow> rows, long deactivationsOfMissing) {
        Map<ImportAction, Long> counts = new EnumMap<>(ImportAction.class);
        for (ImportAction action : ImportAction.values()) {
            counts.put(action, 0L);
        }
        long deactivations = deactivationsOfMissing;
        for (PlannedRow row : rows) {
            counts.merge(row.action(), 1L, Long::sum);
            if (row.action() == ImportAction.UPDATE && Boolean.FALSE.equals(row.active())) {
                deactivations++;
            }
        }
        return new ImportPlan(List.copyOf(rows), counts, deactivations);
    }

    public long count(ImportAction action) {
        return counts.getOrDefault(action, 0L);
    }
}
