package org.lms.web.discussion;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.lms.service.discussion.CourseDiscussion;
import org.lms.service.discussion.DiscussionBoard;
import org.lms.service.discussion.PostRow;
import org.lms.service.discussion.ThreadView;
import org.lms.service.permissions.NotFound;
import org.lms.web.shell.AddressParameters;
import org.lms.web.shell.Feedback;

/**
 * A course's discussion: the list of threads with a form to start one, or, with a thread in the
 * address, that thread with its replies and a form to reply. Both are paged by a {@code page}
 * number in the address, so the pages are plain links that work by keyboard and can be bookmarked.
 * Whoever is not a participant of the course gets "not found".
 */
@Named
@ViewScoped
public class DiscussionPage implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int THREADS_PER_PAGE = 20;
    static final int REPLIES_PER_PAGE = 25;

    @Inject
    private CourseDiscussion discussion;

    @Inject
    private Feedback feedback;

    private String course;
    private String thread;
    private String page;
    private long courseId;
    private Long threadId;
    private DiscussionBoard board;
    private ThreadView view;
    private String title;
    private String body;
    private String reply;
    /** The post whose removal waits for a second click. */
    private Long confirming;

    public void load() {
        if (board != null || view != null) {
            return;
        }
        Long courseNumber = AddressParameters.id(course);
        threadId = AddressParameters.id(thread);
        if (courseNumber == null || thread != null && threadId == null) {
            feedback.notFoundPage();
            return;
        }
        courseId = courseNumber;
        try {
            read();
        } catch (NotFound | EJBAccessException e) {
            board = null;
            view = null;
            feedback.notFoundPage();
        }
    }

    private void read() {
        if (threadId == null) {
            board = discussion.board(courseId, (getPageNumber() - 1) * THREADS_PER_PAGE, THREADS_PER_PAGE);
        } else {
            view = discussion.thread(courseId, threadId, (getPageNumber() - 1) * REPLIES_PER_PAGE, REPLIES_PER_PAGE);
        }
    }

    /** Starts a thread and opens it. */
    public String startThread() {
        try {
            long id = discussion.startThread(courseId, title, body);
            keepMessages();
            feedback.info("discussion.threadStarted");
            return "/discussion?faces-redirect=true&course=" + courseId + "&thread=" + id;
        } catch (RuntimeException e) {
            feedback.failed(e, "newThread");
            return null;
        }
    }

    /** Replies and opens the thread's last page, where the reply is. */
    public String reply() {
        try {
            discussion.reply(courseId, threadId, reply);
            ThreadView after = discussion.thread(courseId, threadId, 0, 1);
            long pages = Math.max(1, (after.replyCount() + REPLIES_PER_PAGE - 1) / REPLIES_PER_PAGE);
            keepMessages();
            feedback.info("discussion.replied");
            return "/discussion?faces-redirect=true&course=" + courseId + "&thread=" + threadId + "&page=" + pages;
        } catch (RuntimeException e) {
            feedback.failed(e, "replyForm");
            return null;
        }
    }

    public void askToRemove(PostRow post) {
        confirming = post.id();
    }

    public void cancelRemoval() {
        confirming = null;
    }

    public boolean isConfirmingRemoval(PostRow post) {
        return confirming != null && confirming == post.id();
    }

    /**
     * Removes a post after the second click and reads the page again. A learner who removed the
     * opening post of their own thread goes back to the list: the thread is gone from it.
     */
    public String remove(PostRow post) {
        confirming = null;
        try {
            discussion.remove(courseId, post.id());
        } catch (RuntimeException e) {
            feedback.failed(e, null);
            return null;
        }
        keepMessages();
        feedback.info("discussion.removed");
        if (view != null && view.opening().id() == post.id() && !view.moderator()) {
            return "/discussion?faces-redirect=true&course=" + courseId;
        }
        return "/discussion?faces-redirect=true&course=" + courseId + (threadId == null ? "" : "&thread=" + threadId)
                + "&page=" + getPageNumber();
    }

    private static void keepMessages() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    /** The page shown, from 1; a missing or bad number in the address shows the first. */
    public int getPageNumber() {
        Long number = AddressParameters.id(page);
        return number == null || number < 1 || number > Integer.MAX_VALUE / THREADS_PER_PAGE ? 1 : number.intValue();
    }

    /** How many pages the threads or the replies fill; at least one. */
    public long getPageCount() {
        long items = view != null ? view.replyCount() : board != null ? board.total() : 0;
        long size = view != null ? REPLIES_PER_PAGE : THREADS_PER_PAGE;
        return Math.max(1, (items + size - 1) / size);
    }

    /** The resource-bundle key that says who removed a post. */
    public String removalKey(Object removal) {
        return "discussion.removal." + removal;
    }

    public long getCourseId() {
        return courseId;
    }

    public Long getThreadId() {
        return threadId;
    }

    public DiscussionBoard getBoard() {
        return board;
    }

    public ThreadView getView() {
        return view;
    }

    /** The course's title for the page's heading, from whichever view is open. */
    public String getCourseTitle() {
        return view != null ? view.courseTitle() : board != null ? board.courseTitle() : null;
    }

    public String getCourse() {
        return course;
    }

    public void setCourse(String course) {
        this.course = course;
    }

    public String getThread() {
        return thread;
    }

    public void setThread(String thread) {
        this.thread = thread;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getReply() {
        return reply;
    }

    public void setReply(String reply) {
        this.reply = reply;
    }
}
