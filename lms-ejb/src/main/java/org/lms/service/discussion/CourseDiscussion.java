package org.lms.service.discussion;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.lms.domain.content.ContentStatus;
import org.lms.domain.content.Course;
import org.lms.domain.discussion.DiscussionPost;
import org.lms.domain.roles.Privilege;
import org.lms.domain.users.User;
import org.lms.service.audit.AuditKind;
import org.lms.service.audit.AuditLog;
import org.lms.service.audit.AuditRecord;
import org.lms.service.content.CourseEditors;
import org.lms.service.learning.MyEnrollments;
import org.lms.service.permissions.Guard;
import org.lms.service.permissions.NotFound;
import org.lms.service.permissions.Reason;
import org.lms.service.permissions.Refusal;
import org.lms.service.permissions.Scopes;
import org.lms.service.permissions.TargetType;
import org.lms.service.security.Caller;

/**
 * A course's discussion: threads, their replies, and taking posts out. Its participants are the
 * learners the published course is assigned to and the people who may change the course (its
 * editors), who moderate it: they remove any post, everyone else only their own. Whoever is neither
 * gets "not found", like a course that does not exist. An archived course's discussion is read-only.
 *
 * <p>A learner's course may lie outside their scope, so each method decides access itself (see
 * {@link #participant(long)}) rather than through the scope interceptor.
 */
@Stateless
@RolesAllowed({Privilege.Names.VIEW_ASSIGNED_CONTENT, Privilege.Names.VIEW_ALL_CONTENT, Privilege.Names.MANAGE_CONTENT,
        Privilege.Names.MANAGE_OWN_CONTENT})
public class CourseDiscussion {

    /** The most threads or replies one page holds. */
    public static final int MAX_PAGE_SIZE = 200;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private Scopes scopes;

    @Inject
    private MyEnrollments enrollments;

    @Inject
    private Guard guard;

    @Inject
    private AuditLog audit;

    /**
     * One page of the course's threads, latest activity first, each with its reply count and the
     * time of its last post, read in one query. Moderators also see removed threads, marked so.
     */
    public DiscussionBoard board(long courseId, int first, int size) {
        Participant me = participant(courseId);
        String removed = me.moderator() ? "" : " AND t.removedAt IS NULL";
        List<ThreadRow> threads = em.createQuery("SELECT t.id, t.title, a.name, t.createdAt, COUNT(r.id), t.lastActivityAt,"
                        + " t.removedAt, t.removedAsModerator FROM DiscussionPost t LEFT JOIN t.author a LEFT JOIN t.replies r"
                        + " WHERE t.course.id = :course AND t.thread IS NULL" + removed
                        + " GROUP BY t.id, t.title, a.name, t.createdAt, t.lastActivityAt, t.removedAt, t.removedAsModerator"
                        + " ORDER BY t.lastActivityAt DESC, t.id DESC", Object[].class)
                .setParameter("course", courseId)
                .setFirstResult(Math.max(0, first)).setMaxResults(pageSize(size))
                .getResultStream()
                .map(r -> {
                    Removal removal = Removal.of(r[6], (Boolean) r[7]);
                    return new ThreadRow((Long) r[0], removal == null ? (String) r[1] : null, (String) r[2], (Instant) r[3],
                            ((Number) r[4]).longValue(), (Instant) r[5], removal);
                })
                .toList();
        long total = em.createQuery("SELECT COUNT(t) FROM DiscussionPost t WHERE t.course.id = :course AND t.thread IS NULL"
                + removed, Long.class).setParameter("course", courseId).getSingleResult();
        return new DiscussionBoard(courseId, me.course().getTitle(), me.moderator(), me.readOnly(), threads, total);
    }

    /** A thread with its opening post and one page of its replies, oldest first. */
    public ThreadView thread(long courseId, long threadId, int first, int size) {
        Participant me = participant(courseId);
        DiscussionPost opening = threadOf(me, threadId);
        List<PostRow> replies = em.createQuery("SELECT r.id, a.id, a.name, r.body, r.createdAt, r.removedAt, r.removedAsModerator"
                        + " FROM DiscussionPost r LEFT JOIN r.author a WHERE r.thread.id = :thread ORDER BY r.createdAt, r.id",
                        Object[].class)
                .setParameter("thread", threadId)
                .setFirstResult(Math.max(0, first)).setMaxResults(pageSize(size))
                .getResultStream()
                .map(r -> row(me, (Long) r[0], (Long) r[1], (String) r[2], (String) r[3], (Instant) r[4],
                        Removal.of(r[5], (Boolean) r[6])))
                .toList();
        long count = em.createQuery("SELECT COUNT(r) FROM DiscussionPost r WHERE r.thread.id = :thread", Long.class)
                .setParameter("thread", threadId).getSingleResult();
        User author = opening.getAuthor();
        PostRow openingRow = row(me, opening.getId(), author == null ? null : author.getId(), author == null ? null : author.getName(),
                opening.getBody(), opening.getCreatedAt(), Removal.of(opening));
        return new ThreadView(courseId, me.course().getTitle(), opening.getId(), opening.isRemoved() ? null : opening.getTitle(),
                openingRow, replies, count, me.moderator(), !me.readOnly() && !opening.isRemoved());
    }

    /** Starts a thread: its title and opening post. Answers the thread's id. */
    public long startThread(long courseId, String title, String body) {
        Participant me = participant(courseId);
        requireOpen(me);
        PostText.Opening opening = PostText.opening(title, body);
        DiscussionPost thread = DiscussionPost.openThread(me.course(), opening.title(), opening.body(), me.user());
        em.persist(thread);
        em.flush();
        return thread.getId();
    }

    /** Replies to a thread; the thread moves to the top of the list. Answers the reply as the caller sees it. */
    public PostRow reply(long courseId, long threadId, String body) {
        Participant me = participant(courseId);
        DiscussionPost thread = threadOf(me, threadId);
        requireOpen(me);
        if (thread.isRemoved()) {
            throw new Refusal("rule.threadRemoved");
        }
        String cleanBody = PostText.body(body);
        DiscussionPost reply = thread.reply(cleanBody, me.user());
        em.persist(reply);
        em.flush();
        // One update rather than a change of the thread's object: replies at the same moment do not clash.
        em.createQuery("UPDATE DiscussionPost t SET t.lastActivityAt = :at WHERE t.id = :thread AND t.lastActivityAt < :at")
                .setParameter("at", reply.getCreatedAt()).setParameter("thread", threadId).executeUpdate();
        return row(me, reply.getId(), me.user().getId(), me.user().getName(), cleanBody, reply.getCreatedAt(), null);
    }

    /**
     * Removes a post: a moderator any post of the course, anyone else only their own. The row stays
     * and shows who removed it; removing an opening post takes its thread out of the learners' list.
     * A post removed already stays as it was.
     */
    public void remove(long courseId, long postId) {
        Participant me = participant(courseId);
        DiscussionPost post = em.find(DiscussionPost.class, postId);
        // A removed thread, with all its posts, is out of the learners' sight.
        if (post == null || !post.getCourse().getId().equals(courseId) || !me.moderator() && post.threadOpening().isRemoved()) {
            throw new NotFound(TargetType.POST, postId);
        }
        AuditRecord record = record(post);
        if (me.readOnly()) {
            guard.refuse(new Reason("rule.discussionReadOnly"), record);
        }
        boolean mine = post.isWrittenBy(me.user());
        if (!mine && !me.moderator()) {
            guard.refuse(new Reason("rule.onlyAuthorOrModerator"), record);
        }
        if (post.isRemoved()) {
            return;
        }
        // Taking out one's own post is the author's removal, whoever else they are.
        post.remove(me.user(), !mine);
        audit.changed(record.change(excerpt(post), mine ? "removed by its author" : "removed by a moderator"));
    }

    /**
     * Who the caller is in the course's discussion: one who may change the course (a moderator) when
     * it lies in their scope, else a learner it is assigned to while it is published; anyone else gets
     * "not found".
     */
    private Participant participant(long courseId) {
        User me = caller.require();
        Course course = em.find(Course.class, courseId);
        if (course != null && scopes.inScope(course.getOrganization()) && CourseEditors.mayChange(me, course)) {
            return new Participant(me, course, true);
        }
        return new Participant(me, enrollments.published(courseId).getCourse(), false);
    }

    /** The opening post of a thread of the course; a removed thread is "not found" to learners. */
    private DiscussionPost threadOf(Participant me, long threadId) {
        DiscussionPost thread = em.find(DiscussionPost.class, threadId);
        if (thread == null || !thread.isOpening() || !thread.getCourse().getId().equals(me.course().getId())
                || thread.isRemoved() && !me.moderator()) {
            throw new NotFound(TargetType.POST, threadId);
        }
        return thread;
    }

    private static void requireOpen(Participant me) {
        if (me.readOnly()) {
            throw new Refusal("rule.discussionReadOnly");
        }
    }

    private static PostRow row(Participant me, long id, Long authorId, String authorName, String body, Instant at,
            Removal removal) {
        boolean mine = authorId != null && authorId.equals(me.user().getId());
        boolean removable = removal == null && !me.readOnly() && (mine || me.moderator());
        return new PostRow(id, authorName, removal == null ? body : null, at, removal, removable);
    }

    private static int pageSize(int size) {
        return Math.max(1, Math.min(size, MAX_PAGE_SIZE));
    }

    private static AuditRecord record(DiscussionPost post) {
        Course course = post.getCourse();
        return AuditRecord.of(AuditKind.DISCUSSION_POST_REMOVED, TargetType.POST, post.getId(),
                course.getTitle() + ": " + post.threadOpening().getTitle(), course.getOrganization().getPath());
    }

    /** The start of the removed text, for the audit log. */
    private static String excerpt(DiscussionPost post) {
        String text = post.getBody();
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }

    /** The caller in one course's discussion. */
    private record Participant(User user, Course course, boolean moderator) {

        boolean readOnly() {
            return course.getStatus() == ContentStatus.ARCHIVED;
        }
    }
}
