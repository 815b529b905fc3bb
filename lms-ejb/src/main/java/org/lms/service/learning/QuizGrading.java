package org.lms.service.learning;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Grading a quiz on the server. A question counts as right only when exactly its correct options
 * were chosen (for a multiple-choice question: all of them and nothing else); an unanswered
 * question counts as wrong. The score is the share of questions right, in whole percent rounded
 * down, so a score shown as the pass mark was really reached.
 */
final class QuizGrading {

    /**
     * Time a submission may arrive after the limit and still count: the request of a learner who
     * pressed "submit" in the last second travels and queues for a moment.
     */
    static final Duration GRACE = Duration.ofSeconds(30);

    private QuizGrading() {
    }

    /** How many questions {@code given} answers exactly right, by question id. */
    static int right(Map<Long, Set<Integer>> correct, Map<Long, Set<Integer>> given) {
        int right = 0;
        for (Map.Entry<Long, Set<Integer>> question : correct.entrySet()) {
            Set<Integer> chosen = given.getOrDefault(question.getKey(), Set.of());
            if (!chosen.isEmpty() && chosen.equals(question.getValue())) {
                right++;
            }
        }
        return right;
    }

    /** The score in percent: {@code right} of {@code questions}, rounded down; no questions score 0. */
    static int score(int right, int questions) {
        return questions == 0 ? 0 : right * 100 / questions;
    }

    static boolean passed(int score, int passMark) {
        return score >= passMark;
    }

    /** Whether a submission at {@code at} comes after the time limit and its grace. */
    static boolean late(Instant dueAt, Instant at) {
        return dueAt != null && at.isAfter(dueAt.plus(GRACE));
    }

    /** The answers as stored with the attempt: {@code 51=0,2;52=1}, questions and options in order. */
    static String encode(Map<Long, Set<Integer>> answers) {
        return new TreeMap<>(answers).entrySet().stream()
                .map(e -> e.getKey() + "=" + new TreeSet<>(e.getValue()).stream().map(String::valueOf)
                        .collect(Collectors.joining(",")))
                .collect(Collectors.joining(";"));
    }

    static Map<Long, Set<Integer>> decode(String stored) {
        Map<Long, Set<Integer>> answers = new TreeMap<>();
        if (stored == null || stored.isEmpty()) {
            return answers;
        }
        for (String question : stored.split(";")) {
            String[] parts = question.split("=", -1);
            Set<Integer> options = new TreeSet<>();
            if (!parts[1].isEmpty()) {
                for (String option : parts[1].split(",")) {
                    options.add(Integer.valueOf(option));
                }
            }
            answers.put(Long.valueOf(parts[0]), Collections.unmodifiableSet(options));
        }
        return answers;
    }
}
