package org.lms.web.api.reports;

/** What a report answers with: a page of JSON, or the whole list as a CSV file. */
public enum ReportFormat {
    JSON, CSV
}
