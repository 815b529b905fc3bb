package org.lms.service.discussion;

import org.lms.domain.discussion.DiscussionPost;

/** Why a post shows no text: removed by a moderator of the course, or by the person who wrote it. */
public enum Removal {
    BY_MODERATOR, BY_AUTHOR;

    /** The removal of a post as stored; null while it stands. */
    static Removal of(Object removedAt, boolean asModerator) {
        return removedAt == null ? null : asModerator ? BY_MODERATOR : BY_AUTHOR;
    }

    static Removal of(DiscussionPost post) {
        return of(post.getRemovedAt(), post.isRemovedAsModerator());
    }
}
