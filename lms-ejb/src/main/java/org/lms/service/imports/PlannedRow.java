package org.lms.service.imports;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;
import org.lms.service.permissions.Reason;

/**
 * What the import will do with one row, and why: the changes of an update, the reason of an error.
 * {@code userId} is the existing person an update or "unchanged" row refers to.
 */
public record PlannedRow(long line, String email, ImportAction action, Long userId, String name, Long organizationId,
        Long roleId, Boolean active, List<Reason> details) implements Serializable {

    public List<String> messages(Locale locale) {
        return details.stream().map(reason -> reason.message(locale)).toList();
    }

    static PlannedRow error(ImportLine line, Reason reason) {
        return new PlannedRow(line.line(), line.email(), ImportAction.ERROR, null, null, null, null, null, List.of(reason));
    }
}
