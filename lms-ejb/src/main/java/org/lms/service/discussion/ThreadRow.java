package org.lms.service.discussion;

import java.io.Serializable;
import java.time.Instant;

/**
 * A thread in the list of a course's discussion. A removed thread (listed to moderators only) has
 * no title: its text is out of the discussion. The author's name is null once their user was deleted.
 */
public record ThreadRow(long id, String title, String authorName, Instant startedAt, long replies, Instant lastPostAt,
        Removal removal) implements Serializable {

    public boolean removed() {
        return removal != null;
    }
}
