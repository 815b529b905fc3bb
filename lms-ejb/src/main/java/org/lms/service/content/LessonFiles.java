package org.lms.service.content;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/** The file of a lesson of kind File (a PDF, a video, audio or an image), one per lesson. */
@ApplicationScoped
public class LessonFiles extends FileStore {

    /** The largest file a lesson takes: enough for a training video of an hour in good quality. */
    public static final long MAX_BYTES = 500L * 1024 * 1024;

    @Override
    protected String table() {
        return "LESSON_FILE";
    }

    @Override
    protected String key() {
        return "LESSON_ID";
    }

    @Override
    public long maxBytes() {
        return MAX_BYTES;
    }

    /** The files of a course's lessons by lesson id, in one query. */
    public Map<Long, StoredFile> ofCourse(long courseId) {
        return query("SELECT " + columns() + " FROM LESSON_FILE WHERE LESSON_ID IN (SELECT ID FROM LESSON WHERE COURSE_ID = ?)",
                courseId);
    }
}
