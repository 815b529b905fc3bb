package org.lms.web.reports;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.lms.domain.learning.LearnerStatus;
import org.lms.service.reports.ReportFilter;
import org.lms.web.shell.AddressParameters;

/**
 * The reports' filter as the page holds it and as its export links carry it: an organization's
 * subtree, a group, a course, a status, and the days of assignment and of completion in the
 * reader's time zone (both days of each range included). The service applies the viewer's scope
 * on top.
 */
public class ReportCriteria implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String ORGANIZATION = "organization";
    public static final String GROUP = "group";
    public static final String STATUS = "status";
    public static final String FROM = "from";
    public static final String TO = "to";
    public static final String COURSE = "course";
    public static final String COMPLETED_FROM = "completedFrom";
    public static final String COMPLETED_TO = "completedTo";

    private Long organizationId;
    private Long groupId;
    private LearnerStatus status;
    private LocalDate assignedFrom;
    private LocalDate assignedTo;
    private Long courseId;
    private LocalDate completedFrom;
    private LocalDate completedTo;

    /** The service's filter: the days turned into instants in {@code zone}, the end exclusive. */
    public ReportFilter filter(ZoneId zone) {
        return new ReportFilter(organizationId, groupId, courseId, start(assignedFrom, zone), end(assignedTo, zone),
                start(completedFrom, zone), end(completedTo, zone), status);
    }

    private static Instant start(LocalDate day, ZoneId zone) {
        return day == null ? null : day.atStartOfDay(zone).toInstant();
    }

    /** The end of a range is exclusive: the start of the day after its last day. */
    private static Instant end(LocalDate day, ZoneId zone) {
        return day == null ? null : day.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** The filter as request parameters, in a stable order, leaving out what is not set. */
    public Map<String, Object> parameters() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put(ORGANIZATION, organizationId);
        parameters.put(GROUP, groupId);
        parameters.put(COURSE, courseId);
        parameters.put(STATUS, status);
        parameters.put(FROM, assignedFrom);
        parameters.put(TO, assignedTo);
        parameters.put(COMPLETED_FROM, completedFrom);
        parameters.put(COMPLETED_TO, completedTo);
        parameters.values().removeIf(value -> value == null);
        return parameters;
    }

    /** Reads a filter from request parameters, as the export links write them; anything malformed is left out. */
    public static ReportCriteria parse(Function<String, String> parameter) {
        ReportCriteria criteria = new ReportCriteria();
        criteria.organizationId = AddressParameters.id(parameter.apply(ORGANIZATION));
        criteria.groupId = AddressParameters.id(parameter.apply(GROUP));
        criteria.status = AddressParameters.enumValue(LearnerStatus.class, parameter.apply(STATUS));
        criteria.assignedFrom = date(parameter.apply(FROM));
        criteria.assignedTo = date(parameter.apply(TO));
        criteria.courseId = AddressParameters.id(parameter.apply(COURSE));
        criteria.completedFrom = date(parameter.apply(COMPLETED_FROM));
        criteria.completedTo = date(parameter.apply(COMPLETED_TO));
        return criteria;
    }

    private static LocalDate date(String value) {
        if (value == null || value.length() > 10) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public void setOrganizationId(Long organizationId) {
        this.organizationId = organizationId;
    }

    public Long getGroupId() {
        return groupId;
    }

    public void setGroupId(Long groupId) {
        this.groupId = groupId;
    }

    public LearnerStatus getStatus() {
        return status;
    }

    public void setStatus(LearnerStatus status) {
        this.status = status;
    }

    public LocalDate getAssignedFrom() {
        return assignedFrom;
    }

    public void setAssignedFrom(LocalDate assignedFrom) {
        this.assignedFrom = assignedFrom;
    }

    public LocalDate getAssignedTo() {
        return assignedTo;
    }

    public void setAssignedTo(LocalDate assignedTo) {
        this.assignedTo = assignedTo;
    }

    public Long getCourseId() {
        return courseId;
    }

    public void setCourseId(Long courseId) {
        this.courseId = courseId;
    }

    public LocalDate getCompletedFrom() {
        return completedFrom;
    }

    public void setCompletedFrom(LocalDate completedFrom) {
        this.completedFrom = completedFrom;
    }

    public LocalDate getCompletedTo() {
        return completedTo;
    }

    public void setCompletedTo(LocalDate completedTo) {
        this.completedTo = completedTo;
    }
}
