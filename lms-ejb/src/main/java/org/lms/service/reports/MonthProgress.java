package org.lms.service.reports;

import java.io.Serializable;

/**
 * One calendar month of a progress-over-time report, in the viewer's time zone: the month as
 * {@code 2026-03}, the enrollments assigned in it and the enrollments finished in it.
 */
public record MonthProgress(String month, long assigned, long completed) implements Serializable {
}
