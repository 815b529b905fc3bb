package org.lms.domain.content;

/**
 * What a lesson holds: rich text, a link to material elsewhere, or a file kept by the LMS (a PDF,
 * a video, audio or an image); links and files may have text around them.
 */
public enum LessonKind {
    TEXT, LINK, FILE
}
