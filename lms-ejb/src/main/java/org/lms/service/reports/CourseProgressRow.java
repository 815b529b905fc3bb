package org.lms.service.reports;

import java.io.Serializable;

/**
 * One course's learners of the viewer's scope, counted by status; overdue ones are counted in
 * their status too. The average score is over those who have one, null when nobody has.
 */
public record CourseProgressRow(long courseId, String courseTitle, long enrolled, long notStarted, long inProgress,
        long completed, long passed, long failed, Double averageScore, long overdue) implements Serializable {
}
