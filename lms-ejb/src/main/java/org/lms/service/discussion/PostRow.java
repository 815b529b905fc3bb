package org.lms.service.discussion;

import java.io.Serializable;
import java.time.Instant;

/**
 * A post as a participant reads it: a removed post has no body, only its removal. {@code removable}
 * tells whether the reader may remove it (its author, or a moderator, while the course is open).
 */
public record PostRow(long id, String authorName, String body, Instant postedAt, Removal removal, boolean removable)
        implements Serializable {

    public boolean removed() {
        return removal != null;
    }
}
