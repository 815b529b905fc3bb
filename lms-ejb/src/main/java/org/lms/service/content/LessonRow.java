package org.lms.service.content;

import java.io.Serializable;
import org.lms.domain.content.LessonKind;

/** A lesson as the course editor lists and edits it. */
public record LessonRow(long id, int position, LessonKind kind, String title, String body, String url, long version)
        implements Serializable {
}
