package org.lms.service.content;

import java.io.Serializable;
import org.lms.domain.content.LessonKind;

/**
 * A lesson as the course editor lists and edits it; {@code file} is null unless a file was stored,
 * and {@code questions} counts a quiz's questions (0 for other kinds).
 */
public record LessonRow(long id, int position, LessonKind kind, String title, String body, String url, StoredFile file,
        long questions, long version)
        implements Serializable {
}
