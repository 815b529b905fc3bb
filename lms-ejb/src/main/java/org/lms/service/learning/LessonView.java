package org.lms.service.learning;

import java.io.Serializable;
import org.lms.domain.content.LessonKind;
import org.lms.service.content.StoredFile;

/** One lesson opened in the course player, with its neighbours for "previous" and "next". */
public record LessonView(long id, long courseId, int position, String title, LessonKind kind, String body, String url,
        StoredFile file, boolean completed, Long previousId, Long nextId) implements Serializable {
}
