package org.lms.web.reports;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.lms.service.permissions.InvalidInput;
import org.lms.service.reports.MonthProgress;
import org.lms.service.reports.ProgressOverTimeReport;
import org.lms.service.reports.ReportFilter;
import org.lms.web.i18n.Locales;
import org.lms.web.i18n.Messages;
import org.lms.web.security.ActiveUser;
import org.primefaces.model.charts.line.LineChartModel;

/**
 * The "Progress over time" tab: enrollments assigned and finished per calendar month of the
 * reader's time zone, for the page's filter and a range of months (the last twelve unless
 * chosen). The service counts them in the database; the chart draws them, the table beside it
 * says the same in text, and the tab's export holds the table's rows.
 */
@Named
@ViewScoped
public class ProgressOverTime implements Serializable {

    private static final long serialVersionUID = 1L;
    /** The months the range's lists offer, back from the current one; the service answers at most 36 of them at once. */
    private static final int MONTHS_OFFERED = 60;

    @Inject
    private ProgressOverTimeReport report;

    @Inject
    private ReportsPage page;

    @Inject
    private Messages messages;

    @Inject
    private Locales locales;

    @Inject
    private ActiveUser activeUser;

    /** The first and the last month as {@code 2026-03}; null for the service's default. */
    private String from;
    private String to;

    /** The months of the last question asked, kept while the filter and range stay the same. */
    private Question asked;
    private List<MonthProgress> months = List.of();
    private String refusal;

    private record Question(ReportFilter filter, YearMonth from, YearMonth to) implements Serializable {
    }

    /** The months of the page's filter and the chosen range; a refused range shows its reason and no months. */
    public List<MonthProgress> getMonths() {
        Question question = new Question(page.filter(), yearMonth(from), yearMonth(to));
        if (!Objects.equals(question, asked)) {
            asked = question;
            try {
                months = report.months(question.filter(), question.from(), question.to(), activeUser.getTimeZone());
                refusal = null;
            } catch (InvalidInput invalid) {
                months = List.of();
                refusal = invalid.fieldReasons().entrySet().stream()
                        .map(e -> label(e.getKey()) + ": " + e.getValue().message(locales.getCurrent()))
                        .collect(Collectors.joining(" "));
            }
        }
        return months;
    }

    /** Why the range chosen has no months, naming its field; null when it has them. Read before the table. */
    public String getRefusal() {
        getMonths();
        return refusal;
    }

    private String label(String field) {
        return messages.get(ProgressOverTimeReport.FROM.equals(field) ? "reports.progress.from" : "reports.progress.to");
    }

    /** The time zone whose calendar months the tab counts: the reader's own, else the account's default. */
    public String getTimeZone() {
        return activeUser.getTimeZone().getId();
    }

    /** The months the range's lists offer, newest first, as {@code 2026-03}, from the current one of the reader's zone. */
    public List<String> getMonthChoices() {
        YearMonth current = YearMonth.now(activeUser.getTimeZone());
        List<String> choices = new ArrayList<>(MONTHS_OFFERED);
        for (int i = 0; i < MONTHS_OFFERED; i++) {
            choices.add(current.minusMonths(i).toString());
        }
        return choices;
    }

    /** The chosen range as the tab's export carries it, leaving out what is not chosen. */
    public Map<String, Object> rangeParameters() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (yearMonth(from) != null) {
            parameters.put(ReportFiles.FIRST_MONTH, yearMonth(from).toString());
        }
        if (yearMonth(to) != null) {
            parameters.put(ReportFiles.LAST_MONTH, yearMonth(to).toString());
        }
        return parameters;
    }

    /** A month as {@code 2026-03}; null for none or anything malformed (then the service's default applies). */
    static YearMonth yearMonth(String value) {
        try {
            return value == null || value.isBlank() || value.length() > 7 ? null : YearMonth.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public LineChartModel getChart() {
        List<MonthProgress> shown = getMonths();
        return shown.isEmpty() ? null : ProgressChart.of(shown, this::month, messages.get("reports.progress.assigned"),
                messages.get("reports.progress.completed"));
    }

    /** A month as the reader's language writes it, e.g. "March 2026" or "März 2026". */
    public String month(MonthProgress row) {
        return monthLabel(row.month());
    }

    /** {@code 2026-03} as the reader's language writes the month. */
    public String monthLabel(String month) {
        return YearMonth.parse(month).format(DateTimeFormatter.ofPattern(messages.get("reports.progress.monthFormat"),
                locales.getCurrent()));
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }
}
