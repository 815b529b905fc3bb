package org.lms.web.api.discussion;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.lms.service.discussion.DiscussionBoard;
import org.lms.service.discussion.PostRow;
import org.lms.service.discussion.Removal;
import org.lms.service.discussion.ThreadRow;
import org.lms.service.discussion.ThreadView;

/** The answers of the discussion API: pages of threads, a thread with a page of its replies, posts. */
final class DiscussionView {

    private static final String REMOVAL = "Left out while the post stands; BY_MODERATOR or BY_AUTHOR once it was removed"
            + " (its text is then left out)";

    private DiscussionView() {
    }

    /** A thread in the list. */
    @Schema(name = "DiscussionThread")
    public record Thread(long id, @Schema(description = "Left out once the thread was removed") String title,
            @Schema(description = "Left out once the author's user was deleted") String authorName,
            @Schema(type = SchemaType.STRING, format = "date-time") Instant startedAt,
            @Schema(description = "Replies, removed ones included") long replies,
            @Schema(type = SchemaType.STRING, format = "date-time") Instant lastPostAt,
            @Schema(enumeration = {"BY_MODERATOR", "BY_AUTHOR"}, description = REMOVAL) Removal removal) {

        static Thread of(ThreadRow row) {
            return new Thread(row.id(), row.title(), row.authorName(), row.startedAt(), row.replies(), row.lastPostAt(),
                    row.removal());
        }
    }

    /** A page of threads, latest activity first. */
    @Schema(name = "DiscussionThreadList")
    public record Page(List<Thread> items, long total,
            @Schema(description = "Whether the caller moderates the discussion (removes any post; sees removed threads)")
            boolean moderator,
            @Schema(description = "The course is archived: its discussion takes no posts") boolean readOnly) {

        static Page of(DiscussionBoard board) {
            return new Page(board.threads().stream().map(Thread::of).toList(), board.total(), board.moderator(), board.readOnly());
        }
    }

    /** A post: an opening post or a reply. */
    @Schema(name = "DiscussionPost")
    public record Post(@Schema(description = "The id DELETE .../discussion/posts/{postId} takes") long id,
            @Schema(description = "Left out once the author's user was deleted") String authorName,
            @Schema(description = "Plain text, as written; left out once removed") String body,
            @Schema(type = SchemaType.STRING, format = "date-time") Instant postedAt,
            @Schema(enumeration = {"BY_MODERATOR", "BY_AUTHOR"}, description = REMOVAL) Removal removal,
            @Schema(description = "Whether the caller may remove it") boolean removable) {

        static Post of(PostRow row) {
            return new Post(row.id(), row.authorName(), row.body(), row.postedAt(), row.removal(), row.removable());
        }
    }

    /** A thread with its opening post and one page of replies, oldest first. */
    @Schema(name = "DiscussionThreadDetail")
    public record Detail(@Schema(description = "The thread's id, also its opening post's") long id,
            @Schema(description = "Left out once the thread was removed") String title, Post opening,
            @Schema(description = "One page of replies, oldest first") List<Post> replies,
            @Schema(description = "How many replies the thread has") long total,
            boolean moderator,
            @Schema(description = "Whether the caller may reply") boolean mayReply) {

        static Detail of(ThreadView view) {
            return new Detail(view.id(), view.title(), Post.of(view.opening()), view.replies().stream().map(Post::of).toList(),
                    view.replyCount(), view.moderator(), view.mayReply());
        }
    }
}
