package org.lms.service.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.lms.domain.content.QuestionKind;
import org.lms.service.content.QuestionDraft.OptionDraft;
import org.lms.service.permissions.InvalidInput;

class QuestionInputTest {

    private static final OptionDraft RIGHT = new OptionDraft("Right", true);
    private static final OptionDraft WRONG = new OptionDraft("Wrong", false);

    @Test
    void aGoodQuestionIsTrimmedAndKeepsItsOptionsInOrder() {
        QuestionInput input = QuestionInput.check(new QuestionDraft(QuestionKind.SINGLE_CHOICE, "  Which?  ",
                List.of(WRONG, RIGHT, new OptionDraft(" Also wrong ", false))));
        assertEquals("Which?", input.text());
        assertEquals("Also wrong", input.options().get(2).getText());
        assertEquals(Set.of(1), new org.lms.domain.content.Question(1, 0, input.kind(), input.text(), input.options())
                .correctOptions());
    }

    @Test
    void everyBadFieldIsNamedAtOnce() {
        InvalidInput bad = assertThrows(InvalidInput.class, () -> QuestionInput.check(new QuestionDraft(null, " ",
                List.of(new OptionDraft("", true)))));
        assertEquals(Set.of("kind", "text", "options[0]", "options"), bad.fieldReasons().keySet());
        assertEquals("input.optionCount", bad.fieldReasons().get("options").key());
    }

    @Test
    void singleChoiceNeedsExactlyOneCorrectOption() {
        assertEquals("input.oneCorrectOption", reason(QuestionKind.SINGLE_CHOICE, List.of(RIGHT, RIGHT, WRONG)));
        assertEquals("input.oneCorrectOption", reason(QuestionKind.SINGLE_CHOICE, List.of(WRONG, WRONG)));
    }

    @Test
    void multipleChoiceNeedsAtLeastOneCorrectOption() {
        assertEquals("input.someCorrectOption", reason(QuestionKind.MULTIPLE_CHOICE, List.of(WRONG, WRONG, WRONG)));
        QuestionInput.check(new QuestionDraft(QuestionKind.MULTIPLE_CHOICE, "All?", List.of(RIGHT, RIGHT, RIGHT)));
    }

    @Test
    void trueOrFalseHasExactlyTwoOptionsOneOfThemCorrect() {
        assertEquals("input.trueFalseOptions", reason(QuestionKind.TRUE_FALSE, List.of(RIGHT, WRONG, WRONG)));
        assertEquals("input.oneCorrectOption", reason(QuestionKind.TRUE_FALSE, List.of(RIGHT, RIGHT)));
        QuestionInput.check(new QuestionDraft(QuestionKind.TRUE_FALSE, "Sky is blue", List.of(RIGHT, WRONG)));
    }

    @Test
    void twoToTenOptions() {
        assertEquals("input.optionCount", reason(QuestionKind.SINGLE_CHOICE, List.of(RIGHT)));
        assertEquals("input.optionCount", reason(QuestionKind.SINGLE_CHOICE,
                concat(List.of(RIGHT), Collections.nCopies(10, WRONG))));
        QuestionInput.check(new QuestionDraft(QuestionKind.SINGLE_CHOICE, "Ten", concat(List.of(RIGHT), Collections.nCopies(9, WRONG))));
    }

    @Test
    void textsHaveTheirLengths() {
        InvalidInput bad = assertThrows(InvalidInput.class, () -> QuestionInput.check(new QuestionDraft(
                QuestionKind.SINGLE_CHOICE, "x".repeat(2_001), List.of(RIGHT, new OptionDraft("y".repeat(501), false)))));
        assertEquals(Set.of("text", "options[1]"), bad.fieldReasons().keySet());
        assertEquals("input.tooLong", bad.fieldReasons().get("text").key());
    }

    @Test
    void settingsAreCheckedFieldByField() {
        InvalidInput bad = assertThrows(InvalidInput.class, () -> QuestionInput.check(new QuizSettings(101, 0, 0)));
        assertEquals(Set.of("passMark", "maxAttempts", "timeLimitMinutes"), bad.fieldReasons().keySet());
        QuestionInput.check(new QuizSettings(0, null, null));
        QuestionInput.check(new QuizSettings(100, 3, 45));
    }

    private static String reason(QuestionKind kind, List<OptionDraft> options) {
        InvalidInput bad = assertThrows(InvalidInput.class, () -> QuestionInput.check(new QuestionDraft(kind, "Q", options)));
        assertEquals(Set.of("options"), bad.fieldReasons().keySet());
        return bad.fieldReasons().get("options").key();
    }

    private static List<OptionDraft> concat(List<OptionDraft> first, List<OptionDraft> second) {
        List<OptionDraft> all = new java.util.ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
