package org.lms.domain.content;

/**
 * How a quiz question is answered: one option, any set of options, or true or false (two
 * options). A question counts as right only when exactly its correct options were chosen.
 */
public enum QuestionKind {
    SINGLE_CHOICE, MULTIPLE_CHOICE, TRUE_FALSE
}
