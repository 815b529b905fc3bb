package org.lms.service.reports;

import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A report's WHERE clause and its parameters, made by {@link ReportScope} only, so that the
 * viewer's scope is written once and no report can leave it out. Queries name the enrollment
 * {@code e} and its learner {@code u}.
 */
public final class ReportConditions {

    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    ReportConditions() {
    }

    ReportConditions add(String condition) {
        conditions.add(condition);
        return this;
    }

    ReportConditions with(String name, Object value) {
        parameters.put(name, value);
        return this;
    }

    /** " WHERE ..." with every condition, or "" when there is none (a whole-account viewer, no filter). */
    public String where() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    /** The same conditions after a WHERE the query writes itself: " AND ..." or "". */
    public String and() {
        return conditions.isEmpty() ? "" : " AND " + String.join(" AND ", conditions);
    }

    public <Q extends Query> Q bind(Q query) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
