package org.lms.domain.content;

/** What a lesson holds: rich text, or a link to material elsewhere (with optional text around it). */
public enum LessonKind {
    TEXT, LINK
}
