package org.lms.service.discussion;

import java.io.Serializable;
import java.util.List;

/**
 * A course's discussion as the caller sees it: one page of threads, latest activity first, and how
 * many there are; whether the caller may start threads and moderates the course.
 */
public record DiscussionBoard(long courseId, String courseTitle, boolean moderator, boolean readOnly,
        List<ThreadRow> threads, long total) implements Serializable {

    /** Threads and replies are taken while the course is not archived. */
    public boolean mayPost() {
        return !readOnly;
    }
}
