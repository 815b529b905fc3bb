package org.lms.service.content;

import java.io.Serializable;

/**
 * The rules of a quiz as an author sets them: the pass mark in percent of questions answered right,
 * the number of attempts (none: unlimited) and the minutes one attempt may take (none: no limit).
 */
public record QuizSettings(int passMark, Integer maxAttempts, Integer timeLimitMinutes) implements Serializable {
}
