package org.lms.domain.content;

/**
 * What a lesson holds: rich text, a link to material elsewhere (with optional text around it), or a
 * quiz graded on the server, whose text is its introduction.
 */
public enum LessonKind {
    TEXT, LINK, QUIZ
}
