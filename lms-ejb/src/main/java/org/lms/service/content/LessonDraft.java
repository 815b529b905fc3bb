package org.lms.service.content;

import java.io.Serializable;
import org.lms.domain.content.LessonKind;

/** What an author enters for a lesson: its kind, title, rich text and (for a link) the address. */
public record LessonDraft(LessonKind kind, String title, String body, String url) implements Serializable {
}
