package org.lms.service.learning;

import java.io.Serializable;
import java.util.List;

/**
 * An assignment lesson of one of the caller's courses: its instructions (sanitized rich text), the
 * pass mark, the caller's submissions oldest first, whether one passed, and what the caller may do
 * now: hand in a first or a new submission ({@code maySubmit}: none waits for a grade and none
 * passed), or replace the one waiting ({@code awaiting}).
 */
public record MyAssignment(long courseId, long lessonId, String title, String instructions, int passMark, boolean passed,
        boolean maySubmit, SubmissionRow awaiting, List<SubmissionRow> submissions) implements Serializable {
}
