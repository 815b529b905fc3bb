package org.lms.web.reports;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIData;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.validator.ValidatorException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.lms.domain.learning.LearnerStatus;
import org.lms.domain.roles.Privilege;
import org.lms.service.reports.CourseProgressReport;
import org.lms.service.reports.CourseProgressRow;
import org.lms.service.reports.EnrollmentDetailReport;
import org.lms.service.reports.GroupProgressReport;
import org.lms.service.reports.OverdueReport;
import org.lms.service.reports.ReportCourse;
import org.lms.service.reports.ReportCourses;
import org.lms.service.reports.ReportService;
import org.lms.service.reports.ReportFilter;
import org.lms.service.reports.UserProgressReport;
import org.lms.web.i18n.Messages;
import org.lms.web.security.ActiveUser;

/**
 * The Reports page: one filter for its tabs, a lazy table per report, and each tab's export link
 * carrying the filter and the table's order. The services count, sort and page in the database,
 * within the viewer's scope.
 */
@Named
@ViewScoped
public class ReportsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CourseProgressReport courseReport;

    @Inject
    private UserProgressReport peopleReport;

    @Inject
    private GroupProgressReport groupReport;

    @Inject
    private OverdueReport overdueReport;

    @Inject
    private EnrollmentDetailReport enrollmentReport;

    @Inject
    private ReportCourses reportCourses;

    @Inject
    private ReportService reportService;

    /** The progress over time tab, whose range of months its export carries. */
    @Inject
    private ProgressOverTime progressOverTime;

    /** The services' answer to "does the viewer read their whole scope?", asked once per view. */
    private Boolean wholeScope;

    @Inject
    private ActiveUser activeUser;

    @Inject
    private Messages messages;

    /** Courses the course picker offers at most at a time; typing narrows them. */
    private static final int COURSE_CHOICES = 20;

    /** The tables a change of the filter sends back to their first page. */
    private static final String[] TABLES = {":reports:tabs:courseTable", ":reports:tabs:peopleTable", ":reports:tabs:groupTable",
        ":reports:tabs:overdueTable", ":reports:tabs:enrollmentTable"};

    private final ReportCriteria criteria = new ReportCriteria();
    private CourseProgressRows courses;
    private PeopleProgressRows people;
    private GroupProgressRows groups;
    private OverdueRows overdue;
    private EnrollmentDetailRows enrollments;
    private ReportCourse course;
    /** The picker's offers by id: the converter picks from these, so nothing else can be chosen. */
    private final Map<Long, ReportCourse> offeredCourses = new HashMap<>();
    private final Converter<ReportCourse> courseConverter = new OfferedCourses();

    @PostConstruct
    void init() {
        courses = new CourseProgressRows(courseReport, this::filter);
        people = new PeopleProgressRows(peopleReport, this::filter);
        groups = new GroupProgressRows(groupReport, this::filter);
        overdue = new OverdueRows(overdueReport, this::filter);
        enrollments = new EnrollmentDetailRows(enrollmentReport, this::filter);
    }

    ReportFilter filter() {
        return criteria.filter(activeUser.getTimeZone());
    }

    public ReportCriteria getCriteria() {
        return criteria;
    }

    public LearnerStatus[] getStatuses() {
        return LearnerStatus.values();
    }

    public CourseProgressRows getCourses() {
        return courses;
    }

    public PeopleProgressRows getPeople() {
        return people;
    }

    public GroupProgressRows getGroups() {
        return groups;
    }

    public OverdueRows getOverdue() {
        return overdue;
    }

    public EnrollmentDetailRows getEnrollments() {
        return enrollments;
    }

    /**
     * Whether the viewer reads the reports of their whole scope, groups and organizations included;
     * otherwise (Reports on own content) only the tabs about the learners of their own courses show,
     * and the services narrow those to their courses.
     */
    public boolean isWholeScope() {
        if (wholeScope == null) {
            wholeScope = reportService.organizationReportsPermitted();
        }
        return wholeScope;
    }

    /** The course picker's offers: courses of the viewer's reports whose title contains {@code text}. */
    public List<ReportCourse> completeCourse(String text) {
        List<ReportCourse> courses = reportCourses.page(text, 0, COURSE_CHOICES);
        courses.forEach(c -> offeredCourses.put(c.courseId(), c));
        return courses;
    }

    public ReportCourse getCourse() {
        return course;
    }

    public void setCourse(ReportCourse course) {
        this.course = course;
        criteria.setCourseId(course == null ? null : course.courseId());
    }

    public Converter<ReportCourse> getCourseConverter() {
        return courseConverter;
    }

    /**
     * Whether the filter offers organizations and groups: their lists come from the people
     * services, which a learner allowed to read the reports may not call. The reports themselves
     * stay within the learner's scope either way.
     */
    public boolean isOrganizationChoices() {
        return activeUser.can(Privilege.Names.VIEW_REPORTS) || activeUser.can(Privilege.Names.MANAGE_USERS)
                || activeUser.can(Privilege.Names.MANAGE_GROUPS) || activeUser.can(Privilege.Names.ASSIGN_CONTENT);
    }

    /**
     * A date range's end may not lie before its start (one day is start and end alike). The end
     * field names its start field in the attribute {@code start}; the start's ajax processes the
     * end too, so that moving either one past the other is refused, with the API's wording.
     */
    public void validateEnd(FacesContext context, UIComponent end, Object value) {
        UIComponent found = end.findComponent((String) end.getAttributes().get("start"));
        if (value instanceof LocalDate last && found instanceof UIInput start && start.getValue() instanceof LocalDate first
                && last.isBefore(first)) {
            String startLabel = (String) start.getAttributes().get("label");
            throw new ValidatorException(new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    messages.format("reports.filter.range", startLabel), null));
        }
    }

    /** Whether the viewer may take reports away as files. */
    public boolean isExportable() {
        return activeUser.can(Privilege.Names.EXPORT_REPORTS);
    }

    /**
     * What a tab's export names: the report, the format, the filter and the table's order; for
     * the progress over time, which has one order, its range of months instead.
     */
    public Map<String, Object> exportParameters(String report, String format) {
        ReportKind kind = ReportKind.valueOf(report);
        ReportRows<?, ?> rows = switch (kind) {
            case COURSES -> courses;
            case PEOPLE -> people;
            case GROUPS -> groups;
            case OVERDUE -> overdue;
            case ENROLLMENTS -> enrollments;
            case PROGRESS -> null;
            case ORGANIZATIONS -> throw new IllegalArgumentException("the organizations tab has its own export");
        };
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put(ReportsExportServlet.REPORT, kind.parameter());
        parameters.put(ReportsExportServlet.FORMAT, format);
        parameters.putAll(criteria.parameters());
        if (rows == null) {
            parameters.putAll(progressOverTime.rangeParameters());
        } else if (rows.getSort() != null) {
            parameters.put(ReportsExportServlet.SORT, rows.getSort().name());
            parameters.put(ReportsExportServlet.DESCENDING, rows.isDescending());
        }
        return parameters;
    }

    static String link(Map<String, Object> parameters) {
        return "/admin/reports/export?" + parameters.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue().toString(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** After a change of the filter every table starts again at its first page. */
    public void filtered() {
        UIViewRoot view = FacesContext.getCurrentInstance().getViewRoot();
        for (String table : TABLES) {
            if (view.findComponent(table) instanceof UIData data) {
                data.setFirst(0);
            }
        }
    }

    /** A course's share of finished enrollments in whole percent, or null without enrollments. */
    public Integer courseRate(CourseProgressRow row) {
        return completionRate(row);
    }

    /** A share of finished enrollments in whole percent, or null without enrollments. */
    public Integer rate(long finished, long enrollments) {
        return CompletionRate.of(finished, enrollments);
    }

    static Integer completionRate(CourseProgressRow row) {
        return CompletionRate.of(row.completed() + row.passed() + row.failed(), row.enrolled());
    }

    private final class OfferedCourses implements Converter<ReportCourse>, Serializable {

        private static final long serialVersionUID = 1L;

        @Override
        public ReportCourse getAsObject(FacesContext context, UIComponent component, String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            Long id = org.lms.web.shell.AddressParameters.id(value);
            return id == null ? null : offeredCourses.get(id);
        }

        @Override
        public String getAsString(FacesContext context, UIComponent component, ReportCourse value) {
            return value == null ? "" : Long.toString(value.courseId());
        }
    }
}
