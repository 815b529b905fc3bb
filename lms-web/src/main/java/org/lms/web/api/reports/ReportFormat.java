package org.lms.web.api.reports;

import org.lms.web.api.support.Parameters;

/** What a report answers with: a page of JSON, or the whole list as a CSV file. */
public enum ReportFormat {
    JSON, CSV;

    /** The {@code format} parameter; JSON when it is left out. */
    static ReportFormat read(Parameters parameters, String raw) {
        ReportFormat chosen = parameters.choice("format", raw, ReportFormat.class);
        return chosen == null ? JSON : chosen;
    }
}
