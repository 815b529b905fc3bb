package org.lms.service.learning;

import org.lms.domain.learning.Submission;
import org.lms.service.permissions.InvalidInput;

/** Checks of what learners hand in and graders answer: plain text within its bounds. */
final class SubmissionInput {

    private SubmissionInput() {
    }

    /** The learner's text without surrounding blanks, or null when there is none; too long is refused. */
    static String text(String text) {
        return plain("text", text, Submission.TEXT_MAX);
    }

    static String feedback(String feedback) {
        return plain("feedback", feedback, Submission.FEEDBACK_MAX);
    }

    static int score(Integer score) {
        if (score == null) {
            throw InvalidInput.field("score", "input.required");
        }
        if (score < Submission.SCORE_MIN || score > Submission.SCORE_MAX) {
            throw InvalidInput.field("score", "input.outOfRange", Submission.SCORE_MIN, Submission.SCORE_MAX);
        }
        return score;
    }

    /**
     * Plain text as people type it: line breaks and tabs are kept (and shown), other control
     * characters refused. It is shown escaped, so markup in it stays text.
     */
    private static String plain(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip().replace("\r\n", "\n");
        if (text.length() > max) {
            throw InvalidInput.field(field, "input.tooLong", max);
        }
        if (text.codePoints().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
            throw InvalidInput.field(field, "input.controlCharacters");
        }
        return text;
    }
}
