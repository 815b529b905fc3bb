package org.lms.domain.content;

/**
 * What a lesson holds: rich text, a link to material elsewhere, a file kept by the LMS (a PDF, a
 * video, audio or an image), or a quiz graded on the server. Links, files and quizzes may have
 * text around them (a quiz's text is its introduction). An assignment's text is its instructions:
 * learners hand in text or a file, and a grader scores it.
 */
public enum LessonKind {
    TEXT, LINK, FILE, QUIZ, ASSIGNMENT
}
