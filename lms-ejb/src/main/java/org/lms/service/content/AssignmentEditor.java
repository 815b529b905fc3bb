package org.lms.service.content;

import java.io.Serializable;

/** An assignment lesson as its editor sees it: its pass mark and whether the caller may change it. */
public record AssignmentEditor(long courseId, long lessonId, String title, int passMark, long version, boolean mayChange)
        implements Serializable {
}
