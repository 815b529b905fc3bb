package org.lms.service.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.lms.domain.content.Question;
import org.lms.domain.content.QuestionKind;
import org.lms.domain.content.QuestionOption;
import org.lms.service.permissions.InvalidInput;
import org.lms.service.permissions.Inputs;
import org.lms.service.permissions.Reason;

/**
 * A question draft checked field by field; every problem is named at once, and nothing is saved.
 * Option texts are named {@code options[0]}, {@code options[1]}, ...; the number of options and the
 * correct marks are named {@code options}.
 */
record QuestionInput(QuestionKind kind, String text, List<QuestionOption> options) {

    static final int MIN_OPTIONS = 2;
    /** More options make a question a puzzle of reading rather than of knowing. */
    static final int MAX_OPTIONS = 10;

    static QuestionInput check(QuestionDraft draft) {
        Map<String, Reason> problems = new LinkedHashMap<>();
        QuestionKind kind = draft == null ? null : draft.kind();
        if (kind == null) {
            problems.put("kind", new Reason("input.required"));
        }
        String text = null;
        try {
            text = Inputs.name("text", draft == null ? null : draft.text(), Question.TEXT_MAX);
        } catch (InvalidInput invalid) {
            problems.putAll(invalid.fieldReasons());
        }
        List<QuestionDraft.OptionDraft> drafts = draft == null || draft.options() == null ? List.of() : draft.options();
        List<QuestionOption> options = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            QuestionDraft.OptionDraft option = drafts.get(i);
            try {
                options.add(new QuestionOption(Inputs.name("options[" + i + "]", option == null ? null : option.text(),
                        QuestionOption.TEXT_MAX), option.correct()));
            } catch (InvalidInput invalid) {
                problems.putAll(invalid.fieldReasons());
            }
        }
        long correct = drafts.stream().filter(o -> o != null && o.correct()).count();
        if (kind == QuestionKind.TRUE_FALSE && drafts.size() != 2) {
            problems.put("options", new Reason("input.trueFalseOptions"));
        } else if (drafts.size() < MIN_OPTIONS || drafts.size() > MAX_OPTIONS) {
            problems.put("options", new Reason("input.optionCount", MIN_OPTIONS, MAX_OPTIONS));
        } else if (kind == QuestionKind.MULTIPLE_CHOICE && correct < 1) {
            problems.put("options", new Reason("input.someCorrectOption"));
        } else if ((kind == QuestionKind.SINGLE_CHOICE || kind == QuestionKind.TRUE_FALSE) && correct != 1) {
            problems.put("options", new Reason("input.oneCorrectOption"));
        }
        if (!problems.isEmpty()) {
            throw InvalidInput.fields(problems);
        }
        return new QuestionInput(kind, text, options);
    }

    /** The rules of a quiz: a pass mark in percent, a positive number of attempts and of minutes, or none. */
    static QuizSettings check(QuizSettings settings) {
        Map<String, Reason> problems = new LinkedHashMap<>();
        if (settings == null) {
            throw InvalidInput.field("passMark", "input.required");
        }
        if (settings.passMark() < 0 || settings.passMark() > 100) {
            problems.put("passMark", new Reason("input.outOfRange", 0, 100));
        }
        if (settings.maxAttempts() != null && (settings.maxAttempts() < 1 || settings.maxAttempts() > MAX_ATTEMPTS)) {
            problems.put("maxAttempts", new Reason("input.outOfRange", 1, MAX_ATTEMPTS));
        }
        if (settings.timeLimitMinutes() != null
                && (settings.timeLimitMinutes() < 1 || settings.timeLimitMinutes() > MAX_TIME_LIMIT_MINUTES)) {
            problems.put("timeLimitMinutes", new Reason("input.outOfRange", 1, MAX_TIME_LIMIT_MINUTES));
        }
        if (!problems.isEmpty()) {
            throw InvalidInput.fields(problems);
        }
        return settings;
    }

    static final int MAX_ATTEMPTS = 100;
    /** A working day: longer is no time limit at all. */
    static final int MAX_TIME_LIMIT_MINUTES = 480;
}
