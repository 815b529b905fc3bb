package org.lms.domain.learning;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.lms.domain.content.Course;
import org.lms.domain.users.User;

/** A course assigned to a learner, and how far they got. */
@Entity
@Table(name = "ENROLLMENT")
@NamedQuery(name = Enrollment.FIND, query = "SELECT e FROM Enrollment e WHERE e.user.id = :user AND e.course.id = :course")
@NamedQuery(name = Enrollment.COUNT_FOR, query = "SELECT COUNT(e) FROM Enrollment e WHERE e.user = :user AND e.course = :course")
public class Enrollment {

    public static final String FIND = "Enrollment.find";
    /** Whether a course is assigned to a person: 0 or 1. */
    public static final String COUNT_FOR = "Enrollment.countFor";

    @Id
    @SequenceGenerator(name = "ENROLLMENT_SEQ", sequenceName = "ENROLLMENT_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ENROLLMENT_SEQ")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "USER_ID", nullable = false)
    private User user;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "COURSE_ID", nullable = false)
    private Course course;

    @Enumerated(EnumType.STRING)
    @Column(name = "STATUS", nullable = false, length = 20)
    private EnrollmentStatus status = EnrollmentStatus.NOT_STARTED;

    @Column(name = "MANDATORY", nullable = false)
    private boolean mandatory;

    @Column(name = "ASSIGNED_AT", nullable = false)
    private Instant assignedAt;

    @Column(name = "DUE_ON")
    private LocalDate dueOn;

    @Column(name = "COMPLETED_AT")
    private Instant completedAt;

    @Column(name = "SCORE")
    private Integer score;

    @Column(name = "PROGRESS", nullable = false)
    private int progress;

    /** The rule that made this enrollment; none when it was made before rules, or the rule was removed. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "ASSIGNMENT_ID")
    private CourseAssignment assignment;

    /** The lesson the learner opened last, where the course player resumes. */
    @Column(name = "LAST_LESSON_ID")
    private Long lastLessonId;

    @Column(name = "STARTED_AT")
    private Instant startedAt;

    /**
     * The course's title as "My learning" orders it ({@link #titleKey}), copied here so that one
     * index of this table gives a learner's courses in the page's order; a retitled course updates it.
     */
    @Column(name = "COURSE_TITLE_KEY", nullable = false, length = 200)
    private String courseTitleKey;

    /**
     * 0 while open, 1 once finished: the database computes it from the status (it is never written
     * from here, and an entity read before a change of status holds the old value). Only queries use it.
     */
    @Column(name = "FINISHED", insertable = false, updatable = false)
    private short finished;

    @Version
    private long version;

    protected Enrollment() {
    }

    public Enrollment(User user, Course course, boolean mandatory, LocalDate dueOn) {
        this.user = user;
        this.course = course;
        this.mandatory = mandatory;
        this.dueOn = dueOn;
        this.assignedAt = Instant.now();
        this.courseTitleKey = titleKey(course.getTitle());
    }

    /** A course title as "My learning" orders courses: case aside. */
    public static String titleKey(String title) {
        return title.toLowerCase(Locale.ROOT);
    }

    public Enrollment(User user, CourseAssignment assignment) {
        this(user, assignment.getCourse(), assignment.isMandatory(), assignment.getDueOn());
        this.assignment = assignment;
    }

    /** The learner opened a lesson: the course is under way, and the player resumes there. */
    public void opened(long lessonId) {
        lastLessonId = lessonId;
        if (status == EnrollmentStatus.NOT_STARTED) {
            status = EnrollmentStatus.IN_PROGRESS;
            startedAt = Instant.now();
        }
    }

    /**
     * Progress after a lesson was marked complete: the share of lessons done, in percent; all
     * done completes the course (once: a later lesson added to the course does not reopen it).
     */
    public void progressed(long completedLessons, long lessons) {
        progressed(completedLessons, lessons, false);
    }

    /**
     * As {@link #progressed(long, long)}; a course with quizzes is graded, so finishing all its
     * lessons (each quiz passed) means the learner passed it rather than merely completed it.
     */
    public void progressed(long completedLessons, long lessons, boolean graded) {
        if (startedAt == null) {
            startedAt = Instant.now();
        }
        progress = lessons == 0 ? 0 : (int) Math.min(100, completedLessons * 100 / lessons);
        if (status.finished()) {
            return;
        }
        if (lessons > 0 && completedLessons >= lessons) {
            status = graded ? EnrollmentStatus.PASSED : EnrollmentStatus.COMPLETED;
            completedAt = Instant.now();
        } else {
            status = EnrollmentStatus.IN_PROGRESS;
        }
    }

    /** A quiz was graded: the enrollment keeps the learner's best score. */
    public void scored(int score) {
        if (this.score == null || score > this.score) {
            this.score = score;
        }
    }

    /**
     * The learner used up a quiz's attempts without passing it: the course cannot be passed any
     * more. A course already finished stays as it was.
     */
    public void failed() {
        if (!status.finished()) {
            status = EnrollmentStatus.FAILED;
            completedAt = Instant.now();
        }
    }

    /** The rule that made it was removed; the learner's record stays. */
    public void detach() {
        assignment = null;
    }

    public CourseAssignment getAssignment() {
        return assignment;
    }

    public Long getLastLessonId() {
        return lastLessonId;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Long getId() {
        return id;
    }

    public User getUser() {
        return user;
    }

    public Course getCourse() {
        return course;
    }

    public EnrollmentStatus getStatus() {
        return status;
    }

    public boolean isMandatory() {
        return mandatory;
    }

    public Instant getAssignedAt() {
        return assignedAt;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public Instant getCompletedAt() {
        return completedAt;
    }

    public Integer getScore() {
        return score;
    }

    public int getProgress() {
        return progress;
    }

    public long getVersion() {
        return version;
    }

    /** Overdue: not finished and the due date has passed. */
    public boolean isOverdue(LocalDate today) {
        return dueOn != null && !status.finished() && today.isAfter(dueOn);
    }
}
