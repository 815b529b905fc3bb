package org.lms.web.reports;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.lms.domain.learning.LearnerStatus;
import org.lms.service.reports.HistoryEntry;
import org.lms.service.reports.ReportService;
import org.lms.web.security.ActiveUser;

/** Everyone's own history: the courses assigned to them, newest first, with where they stand. */
@Named
@ViewScoped
public class MyHistoryPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ReportService reports;

    @Inject
    private ActiveUser activeUser;

    private List<HistoryEntry> entries;

    public List<HistoryEntry> getEntries() {
        if (entries == null) {
            entries = reports.myHistory();
        }
        return entries;
    }

    /** Where the learner stands in a course as people read it, "overdue" included. */
    public LearnerStatus status(HistoryEntry entry) {
        return LearnerStatus.of(entry.status(), entry.dueOn(), LocalDate.now(activeUser.getTimeZone()));
    }
}
