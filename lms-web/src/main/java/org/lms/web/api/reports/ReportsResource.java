package org.lms.web.api.reports;

import static org.lms.web.api.ApiDoc.BAD_REQUEST;
import static org.lms.web.api.ApiDoc.BAD_REQUEST_TEXT;
import static org.lms.web.api.ApiDoc.FORBIDDEN;
import static org.lms.web.api.ApiDoc.FORBIDDEN_TEXT;
import static org.lms.web.api.ApiDoc.NOT_FOUND;
import static org.lms.web.api.ApiDoc.NOT_FOUND_TEXT;
import static org.lms.web.api.reports.CsvDownload.column;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.lms.service.reports.CourseProgressReport;
import org.lms.service.reports.CourseProgressRow;
import org.lms.service.reports.CourseProgressSort;
import org.lms.service.reports.EnrollmentDetailReport;
import org.lms.service.reports.EnrollmentDetailRow;
import org.lms.service.reports.EnrollmentDetailSort;
import org.lms.service.reports.GroupProgressReport;
import org.lms.service.reports.GroupProgressRow;
import org.lms.service.reports.HistoryEntry;
import org.lms.service.reports.MonthProgress;
import org.lms.service.reports.OrganizationSummary;
import org.lms.service.reports.OverdueReport;
import org.lms.service.reports.OverdueRow;
import org.lms.service.reports.OverdueSort;
import org.lms.service.reports.ProgressOverTimeReport;
import org.lms.service.reports.ReportExport;
import org.lms.service.reports.ReportFilter;
import org.lms.service.reports.ReportService;
import org.lms.service.reports.UserProgressReport;
import org.lms.service.reports.UserProgressRow;
import org.lms.service.reports.UserProgressSort;
import org.lms.web.api.support.Paging;
import org.lms.web.api.support.Parameters;
import org.lms.web.security.ActiveUser;

/**
 * The reports, limited to the caller's scope by the services' queries (and, for holders of Reports
 * on own content only, to the courses they created). Each list answers a page
 * of JSON, or with {@code format=csv} the whole list as a file streamed page by page from the
 * same query, for holders of Export reports.
 */
@Path("v1/reports")
@RequestScoped
@Produces({MediaType.APPLICATION_JSON, CsvDownload.MEDIA_TYPE})
@Tag(name = "Reports")
public class ReportsResource {

    private static final String SORT_HELP = "; a leading - sorts descending";
    private static final String OWN_CONTENT = " A caller holding Reports on own content but not Access reports (an Instructor)"
            + " gets only the enrollments in courses they created.";

    @Inject
    private ReportService reports;

    @Inject
    private CourseProgressReport courses;

    @Inject
    private UserProgressReport users;

    @Inject
    private GroupProgressReport groups;

    @Inject
    private OverdueReport overdue;

    @Inject
    private EnrollmentDetailReport enrollments;

    @Inject
    private ProgressOverTimeReport progress;

    @Inject
    private ReportExport export;

    /** The caller as the pages know them: their time zone, else the account's default. */
    @Inject
    private ActiveUser activeUser;

    @Schema(name = "CourseProgressList")
    public record CoursePage(List<CourseProgressRow> items, long total) {
    }

    @Schema(name = "UserProgressList")
    public record UserPage(List<UserProgressRow> items, long total) {
    }

    @Schema(name = "GroupProgressList")
    public record GroupPage(List<GroupProgressRow> items, long total) {
    }

    @Schema(name = "OverdueList")
    public record OverduePage(List<OverdueRow> items, long total) {
    }

    @Schema(name = "EnrollmentList")
    public record EnrollmentPage(List<EnrollmentDetailRow> items, long total) {
    }

    /** The months, and the time zone whose calendar months they are: the caller's own, else the account's default. */
    @Schema(name = "ProgressOverTime")
    public record ProgressList(@Schema(description = "The time zone the months were counted in, such as Europe/Berlin")
            String timeZone, List<MonthProgress> items) {
    }

    @Schema(name = "HistoryList")
    public record HistoryPage(List<HistoryEntry> items, long total) {
    }

    @Schema(name = "OrganizationSummaryList")
    public record OrganizationPage(List<OrganizationSummary> items, long total) {
    }

    /** An organization's subtree counted whole, and a page of its direct children, each counted with its subtree. */
    @Schema(name = "OrganizationReport")
    public record OrganizationReport(OrganizationSummary organization, OrganizationPage children) {
    }

    @GET
    @Path("courses")
    @Operation(operationId = "reportCourseProgress", summary = "Per course: enrolled, by status, average score, overdue",
            description = "Counts the caller's scope only, in the database." + OWN_CONTENT)
    @APIResponseSchema(value = CoursePage.class, responseCode = "200", responseDescription = "A page of courses, or a CSV file")
    @APIResponse(responseCode = BAD_REQUEST, description = BAD_REQUEST_TEXT)
    @APIResponse(responseCode = FORBIDDEN, description = FORBIDDEN_TEXT)
    @APIResponse(responseCode = NOT_FOUND, description = NOT_FOUND_TEXT)
    public Response courses(@Parameter(description = ReportParameters.ORGANIZATION) @QueryParam("organizationId") String organizationId,
            @Parameter(description = ReportParameters.GROUP) @QueryParam("groupId") String groupId,
            @Parameter(description = ReportParameters.COURSE) @QueryParam("courseId") String courseId,
            @Parameter(description = ReportParameters.INSTANT) @QueryParam("assignedFrom") String assignedFrom,
            @Parameter(description = ReportParameters.INSTANT) @QueryParam("assignedTo") String assignedTo,
            @Parameter(description = ReportParameters.INSTANT) @QueryParam("completedFrom") String completedFrom,
            @Parameter(description = ReportParameters.INSTANT) @QueryParam("completedTo") String completedTo,
            @Parameter(description = ReportParameters.STATUS) @QueryParam("status") String status,
            @Parameter(description = ReportParameters.PAGE) @QueryParam("page") String page,
            @Parameter(description = ReportParameters.SIZE) @QueryParam("size") String size,
            @Parameter(description = ReportParameters.FORMAT) @QueryParam("format") String format,
            @Parameter(description = "title, enrolled, completed, averageScore or overdue" + SORT_HELP + " (default title)")
            @QueryParam("sort") String sort) {
        ReportParameters query = new ReportParameters(organizationId, groupId, courseId, assignedFrom, assignedTo,
                completedFrom, completedTo, status, page, size, format);
        Parameters parameters = new Parameters();
        ReportFilter filter = query.filter(parameters);
        Paging paging = query.paging(parameters);
        ReportFormat chosen = query.format(parameters);
        Parameters.Sort<CourseProgressSort> order = parameters.sort(sort, Map.of("title", CourseProgressSort.TITLE,
                "enrolled", CourseProgressSort.ENROLLED, "completed", CourseProgressSort.COMPLETED,
                "averageScore", CourseProgressSort.AVERAGE_SCORE, "overdue", CourseProgressSort.OVERDUE), CourseProgressSort.TITLE);
        parameters.validate();
        long total = courses.count(filter);
        if (chosen == ReportFormat.CSV) {
            export.requirePermission();
            return CsvDownload.of("course-progress", List.of(column("courseId", CourseProgressRow::courseId),
                    column("courseTitle", CourseProgressRow::courseTitle), column("enrolled", CourseProgressRow::enrolled),
                    column("notStarted", CourseProgressRow::notStarted), column("inProgress", CourseProgressRow::inProgress),
                    column("completed", CourseProgressRow::completed), column("passed", CourseProgressRow::passed),
                    column("failed", CourseProgressRow::failed), column("averageScore", CourseProgressRow::averageScore),
                    column("overdue", CourseProgressRow::overdue)),
                    chunks -> courses.export(filter, order.field(), order.descending(), chunks));
        }
        return Response.ok(new CoursePage(courses.page(filter, order.field(), order.descending(), paging.first(),
                paging.size()), total), MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("users")
    @Operation(operationId = "reportUserProgress", summary = "Per learner: assigned, completed, overdue, average progress",
            description = "Learners of the caller's scope with at least one course in the filter, counted in the database."
                    + OWN_CONTENT)
    @APIResponseSchema(value = UserPage.class, responseCode = "200", responseDescription = "A page of learners, or a CSV file")
    @APIResponse(responseCode = BAD_REQUEST, description = BAD_REQUEST_TEXT)
    @APIResponse(responseCode = FORBIDDEN, description = FORBIDDEN_TEXT)
    @APIResponse(responseCode = NOT_FOUND, description = NOT_FOUND_TEXT)
    public Response users(@Parameter(description = ReportParameters.ORGANIZATION) @QueryParam("organizationId") String organizationId,
            @Parameter(description = ReportParameters.GROUP) @QueryParam("groupId") String groupId,
            @Parameter(description = ReportParameters.COURSE) @QueryParam("courseId") String courseId,
            @Parameter(description = ReportParameters.INSTANT) @QueryParam("assignedFrom") String assignedFrom,
            @Parameter(description = ReportParameters.INSTANT) @QueryParam("assignedTo") String assignedTo,
            @Parameter(description = ReportParameters.INSTANT) @QueryParam("completedFrom") String completedFrom,
            @Parameter(description = ReportParameters.INSTANT) @QueryParam("completedTo") String completedTo,
            @Parameter(description = ReportParameters.STATUS) @QueryParam("status") String status,
            @Parameter(description = ReportParameters.PAGE) @QueryParam("page") String page,
            @Parameter(description = ReportParameters.SIZE) @QueryParam("size") String size,
            @Parameter(description = ReportParameters.FORMAT) @QueryParam("format") String format,
            @Parameter(description = "name, organization, assigned, completed, overdue or averageProgress" + SORT_HELP
                    + " (default name)") @QueryParam("sort") String sort) {
        ReportParameters query = new ReportParameters(organizationId, groupId, courseId, assignedFrom, assignedTo,
                completedFrom, completedTo, status, page, size, format);
        Parameters parameters = new Parameters();
        ReportFilter filter = query.filter(parameters);
        Paging paging = query.paging(parameters);
        ReportFormat chosen = query.format(parameters);
        Parameters.Sort<UserProgressSort> order = parameters.sort(sort, Map.of("name", UserProgressSort.NAME,
                "organization", UserProgressSort.ORGANIZATION, "assigned", UserProgressSort.ASSIGNED,
                "completed", UserProgressSort.COMPLETED, "overdue", UserProgressSort.OVERDUE,
                "averageProgress", UserProgressSort.AVERAGE_PROGRESS), UserProgressSort.NAME);
        parameters.validate();
        long total = users.count(filter);
        if (chosen == ReportFormat.CSV) {
            export.requirePermission();
            return CsvDownload.of("user-progress", List.of(column("userId", UserProgressRow::userId),
                    column("name", UserProgressRow::name), column("email", UserProgressRow::email),
                    column("organizationName", UserProgressRow::organizationName), column("assigned", UserProgressRow::assigned),
                    column("completed", UserProgressRow::completed), column("overdue", UserProgressRow::overdue),
                    column("averageProgress", UserProgressRow::averageProgress)),
                    chunks -> users.export(filter, order.field(), order.descending(), chunks));
        }
        return Response.ok(new UserPage(users.page(filter, order.field(), order.descending(), paging.first(), paging.size()),
                total), MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("groups")
    @Operation(operationId = "reportGroupProgress", summary = "Per group: members, enrollments, completed, overdue",
            description = "Groups of the caller's scope in name order; only members of the scope are counted. The course,"
            + " date and status filters choose the enrollments counted. A holder of Reports on own content without Access"
            + " reports is refused: a group's members are not the learners of a course.")
    @APIResponseSchema(value = GroupPage.class, responseCode = "200", responseDescription = "A page of groups, or a CSV file")
    @APIResponse(responseCode = BAD_REQUEST, description = BAD_REQUEST_TEXT)
    @APIResponse(responseCode = FORBIDDEN, description = FORBIDDEN_TEXT)
    @APIResponse(responseCode = NOT_FOUND, description = NOT_FOUND_TEXT)
    public Response groups(@Parameter(description = ReportParameters.ORGANIZATION) @QueryParam("organizationId") String organizationId,
            @Parameter(description = ReportParameters.GROUP) @QueryParam("groupId") String groupId,
            @Parameter(description = ReportParameters.COURSE) @QueryParam("courseId") String courseId,
            @Parameter(description = ReportParameters.INSTANT) @QueryParam("assignedFrom") String assignedFrom,
            @Parameter(description = ReportParameters.INSTANT) @QueryParam("assignedTo") String assignedTo,
            @Parameter(description = ReportParameters.INSTANT) @QueryParam("completedFrom") String completedFrom,
            @Parameter(description = ReportParameters.INSTANT) @QueryParam("completedTo") String completedTo,
            @Parameter(description = ReportParameters.STATUS) @QueryParam("status") String status,
            @Parameter(description = ReportParameters.PAGE) @QueryParam("page") String page,
            @Parameter(description = ReportParameters.SIZE) @QueryParam("size") String size,
            @Parameter(description = ReportParameters.FORMAT) @QueryParam("format") String format,
            @Parameter(description = "name, the only order") @QueryParam("sort") String sort) {
        ReportParameters query = new ReportParameters(organizationId, groupId, courseId, assignedFrom, assignedTo,
                completedFrom, completedTo, status, page, size, format);
        Parameters parameters = new Parameters();
        ReportFilter filter = query.filter(parameters);
        Paging paging = query.paging(parameters);
        ReportFormat chosen = query.format(parameters);
        parameters.fixedOrder(sort, "name");
        parameters.validate();
        long total = groups.count(filter);
        if (chosen == ReportFormat.CSV) {
            export.requirePermission();
            return CsvDownload.of("group-progress", List.of(column("groupId", GroupProgressRow::groupId),
                    column("name", GroupProgressRow::name), column("organizationName", GroupProgressRow::organizationName),
                    column("members", GroupProgressRow::members), column("enrollments", GroupProgressRow::enrollments),
                    column("completed", GroupProgressRow::completed), column("overdue", GroupProgressRow::overdue)),
                    (first, count) -> groups.page(filter, first, count));
        }
        return Response.ok(new GroupPage(groups.page(filter, paging.first(), paging.size()), total),
                MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("overdue")
    @Operation(operationId = "reportOverdue", summary = "Assigned courses past their due date and not finished",
            description = "Learners of the caller's scope; the oldest due date first unless sorted otherwise." + OWN_CONTENT)
    @APIResponseSchema(value = OverduePage.class, responseCode = "200", responseDescription = "A page of overdue courses, or a CSV file")
    @APIResponse(responseCode = BAD_REQUEST, description = BAD_REQUEST_TEXT)
    @APIResponse(responseCode = FORBIDDEN, description = FORBIDDEN_TEXT)
    @APIResponse(responseCode = NOT_FOUND, description = NOT_FOUND_TEXT)
    public Response overdue(@Parameter(description = ReportParameters.ORGANIZATION) @QueryParam("organizationId") String organizationId,
            @Parameter(description = ReportParameters.GROUP) @QueryParam("groupId") String groupId,
            @Parameter(description = ReportParameters.COURSE) @QueryParam("courseId") String courseId,
            @Parameter(description = ReportParameters.INSTANT) @QueryParam("assignedFrom") String assignedFrom,
            @Parameter(description = ReportParameters.INSTANT) @QueryParam("assignedTo") String assignedTo,
            @Parameter(description = ReportParameters.INSTANT) @QueryParam("completedFrom") String completedFrom,
            @Parameter(description = ReportParameters.INSTANT) @QueryParam("completedTo") String completedTo,
            @Parameter(description = ReportParameters.STATUS) @QueryParam("status") String status,
            @Parameter(description = ReportParameters.PAGE) @QueryParam("page") String page,
            @Parameter(description = ReportParameters.SIZE) @QueryParam("size") String size,
            @Parameter(description = ReportParameters.FORMAT) @QueryParam("format") String format,
            @Parameter(description = "dueOn, learner, organization or course" + SORT_HELP + " (default dueOn)")
            @QueryParam("sort") String sort) {
        ReportParameters query = new ReportParameters(organizationId, groupId, courseId, assignedFrom, assignedTo,
                completedFrom, completedTo, status, page, size, format);
        Parameters parameters = new Parameters();
        ReportFilter filter = query.filter(parameters);
        Paging paging = query.paging(parameters);
        ReportFormat chosen = query.format(parameters);
        Parameters.Sort<OverdueSort> order = parameters.sort(sort, Map.of("dueOn", OverdueSort.DUE_ON,
                "learner", OverdueSort.LEARNER, "organization", OverdueSort.ORGANIZATION, "course", OverdueSort.COURSE),
                OverdueSort.DUE_ON);
        parameters.validate();
        long total = overdue.count(filter);
        if (chosen == ReportFormat.CSV) {
            export.requirePermission();
            return CsvDownload.of("overdue", List.of(column("enrollmentId", OverdueRow::enrollmentId),
                    column("userId", OverdueRow::userId), column("learnerName", OverdueRow::learnerName),
                    column("email", OverdueRow::email), column("organizationName", OverdueRow::organizationName),
                    column("courseId", OverdueRow::courseId), column("courseTitle", OverdueRow::courseTitle),
                    column("dueOn", OverdueRow::dueOn), column("daysOverdue", OverdueRow::daysOverdue)),
                    chunks -> overdue.export(filter, order.field(), order.descending(), chunks));
        }
        return Response.ok(new OverduePage(overdue.page(filter, order.field(), order.descending(), paging.first(),
                paging.size()), total), MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("enrollments")
    @Operation(operationId = "reportEnrollments", summary = "Every enrollment: learner, course, status, progress, score, dates",
            description = "One row per assigned course of each learner of the caller's scope (the learners' transcripts side"
            + " by side), with the status as people read it (OVERDUE when unfinished after the due date). The CSV holds"
            + " every row, read from the database through one cursor." + OWN_CONTENT)
    @APIResponseSchema(value = EnrollmentPage.class, responseCode = "200", responseDescription = "A page of enrollments, or a CSV file")
    @APIResponse(responseCode = BAD_REQUEST, description = BAD_REQUEST_TEXT)
    @APIResponse(responseCode = FORBIDDEN, description = FORBIDDEN_TEXT)
    @APIResponse(responseCode = NOT_FOUND, description = NOT_FOUND_TEXT)
    public Response enrollments(@Parameter(description = ReportParameters.ORGANIZATION) @QueryParam("organizationId") String organizationId,
            @Parameter(description = ReportParameters.GROUP) @QueryParam("groupId") String groupId,
            @Parameter(description = ReportParameters.COURSE) @QueryParam("courseId") String courseId,
            @Parameter(description = ReportParameters.INSTANT) @QueryParam("assignedFrom") String assignedFrom,
            @Parameter(description = ReportParameters.INSTANT) @QueryParam("assignedTo") String assignedTo,
            @Parameter(description = ReportParameters.INSTANT) @QueryParam("completedFrom") String completedFrom,
            @Parameter(description = ReportParameters.INSTANT) @QueryParam("completedTo") String completedTo,
            @Parameter(description = ReportParameters.STATUS) @QueryParam("status") String status,
            @Parameter(description = ReportParameters.PAGE) @QueryParam("page") String page,
            @Parameter(description = ReportParameters.SIZE) @QueryParam("size") String size,
            @Parameter(description = ReportParameters.FORMAT) @QueryParam("format") String format,
            @Parameter(description = "learner, organization, course, assignedAt, dueOn, completedAt, progress or score"
                    + SORT_HELP + " (default learner)") @QueryParam("sort") String sort) {
        ReportParameters query = new ReportParameters(organizationId, groupId, courseId, assignedFrom, assignedTo,
                completedFrom, completedTo, status, page, size, format);
        Parameters parameters = new Parameters();
        ReportFilter filter = query.filter(parameters);
        Paging paging = query.paging(parameters);
        ReportFormat chosen = query.format(parameters);
        Parameters.Sort<EnrollmentDetailSort> order = parameters.sort(sort, Map.of("learner", EnrollmentDetailSort.LEARNER,
                "organization", EnrollmentDetailSort.ORGANIZATION, "course", EnrollmentDetailSort.COURSE,
                "assignedAt", EnrollmentDetailSort.ASSIGNED_AT, "dueOn", EnrollmentDetailSort.DUE_ON,
                "completedAt", EnrollmentDetailSort.COMPLETED_AT, "progress", EnrollmentDetailSort.PROGRESS,
                "score", EnrollmentDetailSort.SCORE), EnrollmentDetailSort.LEARNER);
        parameters.validate();
        long total = enrollments.count(filter);
        if (chosen == ReportFormat.CSV) {
            export.requirePermission();
            return CsvDownload.of("enrollments", List.of(column("enrollmentId", EnrollmentDetailRow::enrollmentId),
                    column("userId", EnrollmentDetailRow::userId), column("learnerName", EnrollmentDetailRow::learnerName),
                    column("email", EnrollmentDetailRow::email), column("organizationName", EnrollmentDetailRow::organizationName),
                    column("courseId", EnrollmentDetailRow::courseId), column("courseTitle", EnrollmentDetailRow::courseTitle),
                    column("status", EnrollmentDetailRow::status), column("mandatory", EnrollmentDetailRow::mandatory),
                    column("progress", EnrollmentDetailRow::progress), column("score", EnrollmentDetailRow::score),
                    column("assignedAt", EnrollmentDetailRow::assignedAt), column("dueOn", EnrollmentDetailRow::dueOn),
                    column("completedAt", EnrollmentDetailRow::completedAt)),
                    chunks -> enrollments.export(filter, order.field(), order.descending(), chunks));
        }
        return Response.ok(new EnrollmentPage(enrollments.page(filter, order.field(), order.descending(), paging.first(),
                paging.size()), total), MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("progress-over-time")
    @Operation(operationId = "reportProgressOverTime", summary = "Per month: enrollments assigned and finished",
            description = "Calendar months of the caller's time zone (their own, else the account's default; the answer"
            + " names it) from the first to the last, both included, every month listed even without events; a month runs"
            + " from its first midnight in that zone to the next month's. Counted by the database within the caller's"
            + " scope. At most 36 months.")
    @APIResponseSchema(value = ProgressList.class, responseCode = "200", responseDescription = "The months, or a CSV file")
    @APIResponse(responseCode = BAD_REQUEST, description = BAD_REQUEST_TEXT)
    @APIResponse(responseCode = FORBIDDEN, description = FORBIDDEN_TEXT)
    @APIResponse(responseCode = NOT_FOUND, description = NOT_FOUND_TEXT)
    public Response progressOverTime(
            @Parameter(description = "The first month, such as 2026-01 (default: eleven months before the last)")
            @QueryParam("from") String from,
            @Parameter(description = "The last month, such as 2026-12, not before the first (default: the current month of the"
                    + " caller's time zone)")
            @QueryParam("to") String to,
            @Parameter(description = ReportParameters.ORGANIZATION) @QueryParam("organizationId") String organizationId,
            @Parameter(description = ReportParameters.GROUP) @QueryParam("groupId") String groupId,
            @Parameter(description = ReportParameters.COURSE) @QueryParam("courseId") String courseId,
            @Parameter(description = ReportParameters.FORMAT) @QueryParam("format") String format) {
        Parameters parameters = new Parameters();
        java.time.YearMonth first = parameters.month(ProgressOverTimeReport.FROM, from);
        java.time.YearMonth last = parameters.month(ProgressOverTimeReport.TO, to);
        ReportFilter filter = new ReportFilter(parameters.number("organizationId", organizationId),
                parameters.number("groupId", groupId), parameters.number("courseId", courseId), null, null, null, null, null);
        ReportFormat chosen = ReportFormat.read(parameters, format);
        parameters.validate();
        ZoneId zone = activeUser.getTimeZone();
        List<MonthProgress> months = progress.months(filter, first, last, zone);
        if (chosen == ReportFormat.CSV) {
            export.requirePermission();
            return CsvDownload.of("progress-over-time", List.of(column("month", MonthProgress::month),
                    column("assigned", MonthProgress::assigned), column("completed", MonthProgress::completed)),
                    (start, count) -> months.subList(Math.min(start, months.size()), Math.min(start + count, months.size())));
        }
        return Response.ok(new ProgressList(zone.getId(), months), MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("organizations/{id}")
    @Operation(operationId = "reportOrganization", summary = "An organization's people and learning, with drill-down",
            description = "The organization's whole subtree, and a page of its direct children in name order, each counted"
            + " with its own subtree. Learners read it only when the account allows it and their own switch is on"
            + " (403 refused otherwise). The CSV file holds the organization first, then every child.")
    @APIResponseSchema(value = OrganizationReport.class, responseCode = "200",
            responseDescription = "The organization and a page of its children, or a CSV file")
    @APIResponse(responseCode = BAD_REQUEST, description = BAD_REQUEST_TEXT)
    @APIResponse(responseCode = FORBIDDEN, description = FORBIDDEN_TEXT)
    @APIResponse(responseCode = NOT_FOUND, description = NOT_FOUND_TEXT)
    public Response organization(@PathParam("id") long id,
            @Parameter(description = "Page number of the children from 0") @QueryParam("page") String page,
            @Parameter(description = "Children per page, 1 to 200 (default 50)") @QueryParam("size") String size,
            @Parameter(description = "json (default) or csv (needs Export reports)") @QueryParam("format") String format,
            @Parameter(description = "name, the only order") @QueryParam("sort") String sort) {
        Parameters parameters = new Parameters();
        Paging paging = parameters.paging(page, size);
        ReportFormat chosen = ReportFormat.read(parameters, format);
        parameters.fixedOrder(sort, "name");
        parameters.validate();
        OrganizationSummary summary = reports.organizationSummary(id);
        if (chosen == ReportFormat.CSV) {
            export.requirePermission();
            return CsvDownload.of("organization-" + id, List.of(column("organizationId", OrganizationSummary::organizationId),
                    column("organizationName", OrganizationSummary::organizationName),
                    column("people", OrganizationSummary::people), column("enrollments", OrganizationSummary::enrollments),
                    column("completed", OrganizationSummary::completed), column("overdue", OrganizationSummary::overdue)),
                    (first, count) -> organizationRows(summary, first, count));
        }
        return Response.ok(new OrganizationReport(summary, new OrganizationPage(reports.organizationChildren(id,
                paging.first(), paging.size()), reports.countOrganizationChildren(id))), MediaType.APPLICATION_JSON).build();
    }

    @GET
    @Path("me/history")
    @Operation(operationId = "reportMyHistory", summary = "The caller's own assigned courses, newest first",
            description = "Everyone's own history; format=csv gives it as a file (no Export reports needed for one's own).")
    @APIResponseSchema(value = HistoryPage.class, responseCode = "200", responseDescription = "The history, or a CSV file")
    @APIResponse(responseCode = BAD_REQUEST, description = BAD_REQUEST_TEXT)
    @APIResponse(responseCode = FORBIDDEN, description = FORBIDDEN_TEXT)
    public Response myHistory(@Parameter(description = "json (default) or csv") @QueryParam("format") String format) {
        Parameters parameters = new Parameters();
        ReportFormat chosen = ReportFormat.read(parameters, format);
        parameters.validate();
        List<HistoryEntry> history = reports.myHistory();
        if (chosen == ReportFormat.CSV) {
            return CsvDownload.of("my-history", List.of(column("courseId", HistoryEntry::courseId),
                    column("courseTitle", HistoryEntry::courseTitle), column("status", HistoryEntry::status),
                    column("progress", HistoryEntry::progress), column("score", HistoryEntry::score),
                    column("dueOn", HistoryEntry::dueOn), column("completedAt", HistoryEntry::completedAt)),
                    (first, count) -> history.subList(Math.min(first, history.size()), Math.min(first + count, history.size())));
        }
        return Response.ok(new HistoryPage(history, history.size()), MediaType.APPLICATION_JSON).build();
    }

    /** The organization itself as the file's first row, then its children, page by page. */
    private List<OrganizationSummary> organizationRows(OrganizationSummary summary, int first, int size) {
        List<OrganizationSummary> rows = new ArrayList<>(size);
        if (first == 0) {
            rows.add(summary);
            rows.addAll(reports.organizationChildren(summary.organizationId(), 0, size - 1));
        } else {
            rows.addAll(reports.organizationChildren(summary.organizationId(), first - 1, size));
        }
        return rows;
    }
}
