package org.lms.web.reports;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.function.Function;
import org.lms.service.reports.CourseProgressRow;
import org.lms.service.reports.EnrollmentDetailRow;
import org.lms.service.reports.GroupProgressRow;
import org.lms.service.reports.MonthProgress;
import org.lms.service.reports.OrganizationSummary;
import org.lms.service.reports.OverdueRow;
import org.lms.service.reports.UserProgressRow;
import org.lms.web.export.TableExport;
import org.lms.web.i18n.Formats;

/**
 * The reports as {@link TableExport}s: the columns of the page's tables, headers in the reader's
 * language, rates and averages formatted as the page shows them.
 */
public final class ReportExports {

    private ReportExports() {
    }

    public static TableExport<CourseProgressRow> courses(ResourceBundle texts) {
        return new TableExport<>(texts.getString("reports.tab.courses"), List.of(
                column(texts, "reports.column.course", CourseProgressRow::courseTitle),
                column(texts, "reports.column.enrolled", CourseProgressRow::enrolled),
                column(texts, "learnerStatus.NOT_STARTED", CourseProgressRow::notStarted),
                column(texts, "learnerStatus.IN_PROGRESS", CourseProgressRow::inProgress),
                column(texts, "learnerStatus.COMPLETED", CourseProgressRow::completed),
                column(texts, "learnerStatus.PASSED", CourseProgressRow::passed),
                column(texts, "learnerStatus.FAILED", CourseProgressRow::failed),
                column(texts, "learnerStatus.OVERDUE", CourseProgressRow::overdue),
                column(texts, "reports.column.averageScore", row -> decimal(row.averageScore(), texts)),
                column(texts, "reports.column.completionRate", row -> percent(ReportsPage.completionRate(row), texts))));
    }

    public static TableExport<UserProgressRow> people(ResourceBundle texts) {
        return new TableExport<>(texts.getString("reports.tab.people"), List.of(
                column(texts, "reports.column.learner", UserProgressRow::name),
                column(texts, "reports.column.email", UserProgressRow::email),
                column(texts, "reports.column.organization", UserProgressRow::organizationName),
                column(texts, "reports.column.assigned", UserProgressRow::assigned),
                column(texts, "reports.column.finished", UserProgressRow::completed),
                column(texts, "learnerStatus.OVERDUE", UserProgressRow::overdue),
                column(texts, "reports.column.averageProgress", row -> percent((int) Math.floor(row.averageProgress()), texts))));
    }

    public static TableExport<GroupProgressRow> groups(ResourceBundle texts) {
        return new TableExport<>(texts.getString("reports.tab.groups"), List.of(
                column(texts, "reports.column.group", GroupProgressRow::name),
                column(texts, "reports.column.organization", GroupProgressRow::organizationName),
                column(texts, "reports.column.members", GroupProgressRow::members),
                column(texts, "reports.column.enrollments", GroupProgressRow::enrollments),
                column(texts, "reports.column.finished", GroupProgressRow::completed),
                column(texts, "learnerStatus.OVERDUE", GroupProgressRow::overdue),
                column(texts, "reports.column.completionRate",
                        row -> percent(CompletionRate.of(row.completed(), row.enrollments()), texts))));
    }

    public static TableExport<OverdueRow> overdue(ResourceBundle texts) {
        return new TableExport<>(texts.getString("reports.tab.overdue"), List.of(
                column(texts, "reports.column.learner", OverdueRow::learnerName),
                column(texts, "reports.column.email", OverdueRow::email),
                column(texts, "reports.column.organization", OverdueRow::organizationName),
                column(texts, "reports.column.course", OverdueRow::courseTitle),
                column(texts, "reports.column.dueOn", row -> row.dueOn() == null ? null : row.dueOn().toString()),
                column(texts, "reports.column.daysOverdue", OverdueRow::daysOverdue)));
    }

    /** Every enrollment; times in the reader's zone, as the page shows them. */
    public static TableExport<EnrollmentDetailRow> enrollments(ResourceBundle texts, ZoneId zone) {
        return new TableExport<>(texts.getString("reports.tab.enrollments"), List.of(
                column(texts, "reports.column.learner", EnrollmentDetailRow::learnerName),
                column(texts, "reports.column.email", EnrollmentDetailRow::email),
                column(texts, "reports.column.organization", EnrollmentDetailRow::organizationName),
                column(texts, "reports.column.course", EnrollmentDetailRow::courseTitle),
                column(texts, "reports.column.status", row -> texts.getString("learnerStatus." + row.status().name())),
                column(texts, "reports.column.mandatory",
                        row -> texts.getString(row.mandatory() ? "reports.mandatory.yes" : "reports.mandatory.no")),
                column(texts, "reports.column.progress", row -> percent(row.progress(), texts)),
                column(texts, "reports.column.score", EnrollmentDetailRow::score),
                column(texts, "reports.column.assignedAt", row -> local(row.assignedAt(), zone)),
                column(texts, "reports.column.dueOn", row -> row.dueOn() == null ? null : row.dueOn().toString()),
                column(texts, "reports.column.completedAt", row -> local(row.completedAt(), zone))));
    }

    public static TableExport<OrganizationSummary> organizations(ResourceBundle texts) {
        return new TableExport<>(texts.getString("reports.tab.organizations"), List.of(
                column(texts, "reports.column.organization", OrganizationSummary::organizationName),
                column(texts, "reports.column.people", OrganizationSummary::people),
                column(texts, "reports.column.enrollments", OrganizationSummary::enrollments),
                column(texts, "reports.column.finished", OrganizationSummary::completed),
                column(texts, "learnerStatus.OVERDUE", OrganizationSummary::overdue),
                column(texts, "reports.column.completionRate",
                        row -> percent(CompletionRate.of(row.completed(), row.enrollments()), texts))));
    }

    /** The months of the progress over time, named as the tab's table names them (e.g. "March 2026", "März 2026"). */
    public static TableExport<MonthProgress> progress(ResourceBundle texts) {
        DateTimeFormatter month = DateTimeFormatter.ofPattern(texts.getString("reports.progress.monthFormat"), locale(texts));
        return new TableExport<>(texts.getString("reports.tab.progress"), List.of(
                column(texts, "reports.progress.month", row -> YearMonth.parse(row.month()).format(month)),
                column(texts, "reports.progress.assigned", MonthProgress::assigned),
                column(texts, "reports.progress.completed", MonthProgress::completed)));
    }

    private static <R> TableExport.Column<R> column(ResourceBundle texts, String key, Function<R, ?> value) {
        return new TableExport.Column<>(texts.getString(key), value);
    }

    private static LocalDateTime local(Instant instant, ZoneId zone) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, zone);
    }

    private static String percent(Integer percent, ResourceBundle texts) {
        return percent == null ? null : Formats.percentFormat(locale(texts)).format(percent / 100.0);
    }

    private static String decimal(Double value, ResourceBundle texts) {
        if (value == null) {
            return null;
        }
        NumberFormat format = Formats.numberFormat(locale(texts));
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }

    /** The bundle's language; the base bundle is English. */
    private static Locale locale(ResourceBundle texts) {
        return texts.getLocale() == null || texts.getLocale().getLanguage().isEmpty() ? Locale.ENGLISH : texts.getLocale();
    }
}
