package org.lms.web.audit;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.lms.domain.audit.AuditOutcome;
import org.lms.service.audit.AuditKind;
import org.lms.service.audit.AuditQuery;
import org.lms.web.shell.AddressParameters;

/**
 * The audit log's filter as the page holds it and as its export link carries it. Dates are days
 * in the reader's time zone, both included: from the start of the first day to the end of the last.
 */
public class AuditFilter implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String ACTOR = "actor";
    public static final String TARGET = "target";
    public static final String KIND = "kind";
    public static final String OUTCOME = "outcome";
    public static final String FROM = "from";
    public static final String TO = "to";
    public static final String FORMAT = "format";

    private String actor;
    private String target;
    private AuditKind kind;
    private AuditOutcome outcome;
    private LocalDate from;
    private LocalDate to;

    /** The service's query: the days turned into instants in {@code zone}, the end exclusive. */
    public AuditQuery query(ZoneId zone) {
        Instant start = from == null ? null : from.atStartOfDay(zone).toInstant();
        Instant end = to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant();
        return new AuditQuery(clean(actor), clean(target), kind, outcome, start, end);
    }

    /** The export address of the filter, relative to the application. */
    public String exportUrl(String format) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put(FORMAT, format);
        parameters.put(ACTOR, clean(actor));
        parameters.put(TARGET, clean(target));
        parameters.put(KIND, kind);
        parameters.put(OUTCOME, outcome);
        parameters.put(FROM, from);
        parameters.put(TO, to);
        return "/admin/audit/export?" + parameters.entrySet().stream().filter(e -> e.getValue() != null)
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue().toString(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** Reads a filter from request parameters, as the export link writes them; anything malformed is left out. */
    public static AuditFilter parse(Function<String, String> parameter) {
        AuditFilter filter = new AuditFilter();
        filter.actor = parameter.apply(ACTOR);
        filter.target = parameter.apply(TARGET);
        filter.kind = AddressParameters.enumValue(AuditKind.class, parameter.apply(KIND));
        filter.outcome = AddressParameters.enumValue(AuditOutcome.class, parameter.apply(OUTCOME));
        filter.from = date(parameter.apply(FROM));
        filter.to = date(parameter.apply(TO));
        return filter;
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

    private static String clean(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public AuditKind getKind() {
        return kind;
    }

    public void setKind(AuditKind kind) {
        this.kind = kind;
    }

    public AuditOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(AuditOutcome outcome) {
        this.outcome = outcome;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
