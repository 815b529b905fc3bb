package org.lms.web.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lms.domain.learning.LearnerStatus;
import org.lms.service.reports.ReportFilter;

class ReportCriteriaTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void theDaysOfAssignmentAreWholeDaysInTheReadersTimeZone() {
        ReportCriteria criteria = new ReportCriteria();
        criteria.setAssignedFrom(LocalDate.of(2026, 3, 1));
        criteria.setAssignedTo(LocalDate.of(2026, 3, 31));
        ReportFilter filter = criteria.filter(BERLIN);
        assertEquals(Instant.parse("2026-02-28T23:00:00Z"), filter.assignedFrom());
        assertEquals(Instant.parse("2026-03-31T22:00:00Z"), filter.assignedTo(), "the end is exclusive, after the last day");
        assertNull(filter.courseId());
    }

    @Test
    void theExportLinkCarriesTheFilterAndReadsBackTheSame() {
        ReportCriteria criteria = new ReportCriteria();
        criteria.setOrganizationId(7L);
        criteria.setStatus(LearnerStatus.OVERDUE);
        criteria.setAssignedFrom(LocalDate.of(2026, 1, 2));
        Map<String, Object> parameters = criteria.parameters();
        assertEquals(Map.of("organization", 7L, "status", LearnerStatus.OVERDUE, "from", LocalDate.of(2026, 1, 2)), parameters);

        ReportCriteria read = ReportCriteria.parse(name -> parameters.containsKey(name) ? parameters.get(name).toString() : null);
        assertEquals(criteria.filter(BERLIN), read.filter(BERLIN));
    }

    @Test
    void theCourseAndTheDaysOfCompletionGoToTheFilterAndTheExportLink() {
        ReportCriteria criteria = new ReportCriteria();
        criteria.setCourseId(42L);
        criteria.setCompletedFrom(LocalDate.of(2026, 3, 1));
        criteria.setCompletedTo(LocalDate.of(2026, 3, 1));
        ReportFilter filter = criteria.filter(BERLIN);
        assertEquals(42L, filter.courseId());
        assertEquals(Instant.parse("2026-02-28T23:00:00Z"), filter.completedFrom());
        assertEquals(Instant.parse("2026-03-01T23:00:00Z"), filter.completedTo(), "one day: start and end alike");
        assertNull(filter.assignedFrom());

        Map<String, Object> parameters = criteria.parameters();
        assertEquals(Map.of("course", 42L, "completedFrom", LocalDate.of(2026, 3, 1), "completedTo", LocalDate.of(2026, 3, 1)),
                parameters);
        ReportCriteria read = ReportCriteria.parse(name -> parameters.containsKey(name) ? parameters.get(name).toString() : null);
        assertEquals(filter, read.filter(BERLIN));
    }

    @Test
    void anythingMalformedIsLeftOut() {
        Map<String, String> address = Map.of("organization", "x", "group", "12345678901234567890", "status", "overdue",
                "from", "2026-13-01", "to", "yesterday", "course", "-", "completedFrom", "2026-02-30", "completedTo", "soon");
        assertEquals(ReportFilter.none(), ReportCriteria.parse(address::get).filter(BERLIN));
    }

    @Test
    void theCompletionRateIsWholePercentRoundedDownAndAbsentWithoutEnrollments() {
        assertNull(CompletionRate.of(0, 0));
        assertEquals(0, CompletionRate.of(0, 3));
        assertEquals(66, CompletionRate.of(2, 3));
        assertEquals(100, CompletionRate.of(3, 3));
    }
}
