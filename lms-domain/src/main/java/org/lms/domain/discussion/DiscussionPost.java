package org.lms.domain.discussion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.lms.domain.content.Course;
import org.lms.domain.users.User;

/**
 * A post of a course's discussion, plain text. A thread is its opening post: it has a title and no
 * thread of its own; a reply names the opening post of its thread. Removing a post keeps the row
 * and says who removed it, so the discussion still shows where something was taken out.
 */
@Entity
@Table(name = "DISCUSSION_POST")
public class DiscussionPost {

    public static final int TITLE_MAX = 200;
    public static final int BODY_MAX = 10_000;

    @Id
    @SequenceGenerator(name = "DISCUSSION_POST_SEQ", sequenceName = "DISCUSSION_POST_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "DISCUSSION_POST_SEQ")
    private Long id;

    @NotNull
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "COURSE_ID", nullable = false)
    private Course course;

    /** The opening post this replies to; none for an opening post. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "THREAD_ID")
    private DiscussionPost thread;

    /** An opening post's replies: mapped for counting them in queries, never loaded as a collection. */
    @OneToMany(mappedBy = "thread", fetch = FetchType.LAZY)
    private List<DiscussionPost> replies;

    @Size(max = TITLE_MAX)
    @Column(name = "TITLE", length = TITLE_MAX)
    private String title;

    @NotNull
    @Size(max = BODY_MAX)
    @Column(name = "BODY", nullable = false, length = BODY_MAX)
    private String body;

    /** None once the author's user was deleted. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "AUTHOR_ID")
    private User author;

    @Column(name = "CREATED_AT", nullable = false)
    private Instant createdAt;

    /** An opening post: when the latest post of its thread was written. A reply: when it was written. */
    @Column(name = "LAST_ACTIVITY_AT", nullable = false)
    private Instant lastActivityAt;

    @Column(name = "REMOVED_AT")
    private Instant removedAt;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "REMOVED_BY")
    private User removedBy;

    @Column(name = "REMOVED_AS_MODERATOR", nullable = false)
    private boolean removedAsModerator;

    @Version
    private long version;

    protected DiscussionPost() {
    }

    private DiscussionPost(Course course, DiscussionPost thread, String title, String body, User author) {
        this.course = course;
        this.thread = thread;
        this.title = title;
        this.body = body;
        this.author = author;
        this.createdAt = Instant.now();
        this.lastActivityAt = createdAt;
    }

    /** A new thread: its title and its opening post. */
    public static DiscussionPost openThread(Course course, String title, String body, User author) {
        return new DiscussionPost(course, null, title, body, author);
    }

    /**
     * A reply to this thread. The thread's latest activity is moved by the service with one update,
     * not through this object, so replies written at the same moment do not clash on its version.
     */
    public DiscussionPost reply(String body, User author) {
        if (!isOpening()) {
            throw new IllegalStateException("a reply answers a thread, not another reply");
        }
        return new DiscussionPost(course, this, null, body, author);
    }

    /** Takes the text out of the discussion; the first removal stands. */
    public void remove(User by, boolean asModerator) {
        if (removedAt == null) {
            removedAt = Instant.now();
            removedBy = by;
            removedAsModerator = asModerator;
        }
    }

    public boolean isOpening() {
        return thread == null;
    }

    public boolean isRemoved() {
        return removedAt != null;
    }

    public boolean isWrittenBy(User user) {
        return author != null && author.getId().equals(user.getId());
    }

    public Long getId() {
        return id;
    }

    public Course getCourse() {
        return course;
    }

    public DiscussionPost getThread() {
        return thread;
    }

    /** The thread this post belongs to: itself when it opens one. */
    public DiscussionPost threadOpening() {
        return thread == null ? this : thread;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public User getAuthor() {
        return author;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastActivityAt() {
        return lastActivityAt;
    }

    public Instant getRemovedAt() {
        return removedAt;
    }

    public User getRemovedBy() {
        return removedBy;
    }

    public boolean isRemovedAsModerator() {
        return removedAsModerator;
    }

    public long getVersion() {
        return version;
    }
}
