package org.lms.web.reports;

import jakarta.annotation.PostConstruct;
import jakarta.faces.component.UIData;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.lms.domain.learning.LearnerStatus;
import org.lms.domain.roles.Privilege;
import org.lms.service.reports.CourseProgressReport;
import org.lms.service.reports.CourseProgressRow;
import org.lms.service.reports.GroupProgressReport;
import org.lms.service.reports.OverdueReport;
import org.lms.service.reports.ReportFilter;
import org.lms.service.reports.UserProgressReport;
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
    private ActiveUser activeUser;

    /** The tables a change of the filter sends back to their first page. */
    private static final String[] TABLES = {":reports:tabs:courseTable", ":reports:tabs:peopleTable", ":reports:tabs:groupTable",
        ":reports:tabs:overdueTable"};

    private final ReportCriteria criteria = new ReportCriteria();
    private CourseProgressRows courses;
    private PeopleProgressRows people;
    private GroupProgressRows groups;
    private OverdueRows overdue;

    @PostConstruct
    void init() {
        courses = new CourseProgressRows(courseReport, this::filter);
        people = new PeopleProgressRows(peopleReport, this::filter);
        groups = new GroupProgressRows(groupReport, this::filter);
        overdue = new OverdueRows(overdueReport, this::filter);
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

    /**
     * Whether the viewer reads the reports of their whole scope, groups and organizations included;
     * otherwise (Reports on own content) only the tabs about the learners of their own courses show,
     * and the services narrow those to their courses.
     */
    public boolean isWholeScope() {
        return activeUser.can(Privilege.Names.VIEW_REPORTS);
    }

    /** Whether the viewer may take reports away as files. */
    public boolean isExportable() {
        return activeUser.can(Privilege.Names.EXPORT_REPORTS);
    }

    /** A tab's export, of what it shows now and in its order: a plain link, relative to the application. */
    public String exportUrl(String report, String format) {
        return link(exportParameters(report, format));
    }

    /** What a tab's export names: the report, the format, the filter and the table's order. */
    public Map<String, Object> exportParameters(String report, String format) {
        ReportKind kind = ReportKind.valueOf(report);
        ReportRows<?, ?> rows = switch (kind) {
            case COURSES -> courses;
            case PEOPLE -> people;
            case GROUPS -> groups;
            case OVERDUE -> overdue;
            case ORGANIZATIONS -> throw new IllegalArgumentException("the organizations tab has its own export");
        };
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put(ReportsExportServlet.REPORT, kind.parameter());
        parameters.put(ReportsExportServlet.FORMAT, format);
        parameters.putAll(criteria.parameters());
        if (rows.getSort() != null && kind != ReportKind.GROUPS) {
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
}
