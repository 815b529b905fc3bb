package org.lms.service.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QuizGradingTest {

    /** Question 1 single choice (option 2), question 2 multiple choice (options 0 and 3), question 3 true/false (0). */
    private static final Map<Long, Set<Integer>> KEY = Map.of(1L, Set.of(2), 2L, Set.of(0, 3), 3L, Set.of(0));

    @Test
    void allRightScoresAHundred() {
        int right = QuizGrading.right(KEY, Map.of(1L, Set.of(2), 2L, Set.of(3, 0), 3L, Set.of(0)));
        assertEquals(3, right);
        assertEquals(100, QuizGrading.score(right, 3));
    }

    @Test
    void partlyRightRoundsDown() {
        int right = QuizGrading.right(KEY, Map.of(1L, Set.of(2), 2L, Set.of(0, 3), 3L, Set.of(1)));
        assertEquals(2, right);
        assertEquals(66, QuizGrading.score(right, 3), "two of three is 66, not 67");
        assertFalse(QuizGrading.passed(66, 67));
        assertTrue(QuizGrading.passed(66, 66));
    }

    @Test
    void multipleChoiceNeedsExactlyTheCorrectSet() {
        assertEquals(0, QuizGrading.right(Map.of(2L, Set.of(0, 3)), Map.of(2L, Set.of(0))), "one correct option missing");
        assertEquals(0, QuizGrading.right(Map.of(2L, Set.of(0, 3)), Map.of(2L, Set.of(0, 1, 3))), "one wrong option too many");
        assertEquals(0, QuizGrading.right(Map.of(2L, Set.of(0, 3)), Map.of(2L, Set.of(0, 1, 2, 3))), "everything chosen");
        assertEquals(1, QuizGrading.right(Map.of(2L, Set.of(0, 3)), Map.of(2L, Set.of(3, 0))));
    }

    @Test
    void unansweredQuestionsAndAnswersToOtherQuestionsCountAsWrong() {
        assertEquals(0, QuizGrading.right(KEY, Map.of()));
        assertEquals(0, QuizGrading.right(KEY, Map.of(1L, Set.of(), 99L, Set.of(2))));
        assertEquals(0, QuizGrading.score(0, 0), "no questions, no score");
    }

    @Test
    void aSubmissionIsLateOnlyAfterTheGrace() {
        Instant due = Instant.parse("2026-01-01T10:00:00Z");
        assertFalse(QuizGrading.late(null, due.plusSeconds(86_400)), "no time limit");
        assertFalse(QuizGrading.late(due, due.plusSeconds(30)));
        assertTrue(QuizGrading.late(due, due.plusSeconds(31)));
    }

    @Test
    void answersAreStoredAndReadBack() {
        Map<Long, Set<Integer>> given = Map.of(52L, Set.of(1), 51L, Set.of(2, 0), 53L, Set.of());
        String stored = QuizGrading.encode(given);
        assertEquals("51=0,2;52=1;53=", stored);
        assertEquals(given, QuizGrading.decode(stored));
        assertEquals(Map.of(), QuizGrading.decode(null));
    }
}
