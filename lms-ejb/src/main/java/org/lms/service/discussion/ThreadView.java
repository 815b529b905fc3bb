package org.lms.service.discussion;

import java.io.Serializable;
import java.util.List;

/**
 * One thread: its title and opening post, one page of its replies (oldest first) and how many it
 * has. The title is null once the thread was removed (only moderators still open it).
 */
public record ThreadView(long courseId, String courseTitle, long id, String title, PostRow opening, List<PostRow> replies,
        long replyCount, boolean moderator, boolean mayReply) implements Serializable {

    public boolean removed() {
        return opening.removed();
    }
}
