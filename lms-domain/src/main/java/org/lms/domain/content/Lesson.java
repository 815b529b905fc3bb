package org.lms.domain.content;

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

/**
 * One step of a course, in the course's order. The body is HTML that was sanitized when it was
 * saved, so it can be shown as it is.
 */
@Entity
@Table(name = "LESSON")
@NamedQuery(name = Lesson.OF_COURSE, query = "SELECT l FROM Lesson l WHERE l.course.id = :course ORDER BY l.position, l.id")
@NamedQuery(name = Lesson.COUNT_OF_COURSE, query = "SELECT COUNT(l) FROM Lesson l WHERE l.course.id = :course")
public class Lesson {

    public static final String OF_COURSE = "Lesson.ofCourse";
    public static final String COUNT_OF_COURSE = "Lesson.countOfCourse";
    public static final int TITLE_MAX = 200;
    public static final int BODY_MAX = 32_000;
    public static final int URL_MAX = 2_000;

    @Id
    @SequenceGenerator(name = "LESSON_SEQ", sequenceName = "LESSON_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "LESSON_SEQ")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "COURSE_ID", nullable = false)
    private Course course;

    @Column(name = "LESSON_POSITION", nullable = false)
    private int position;

    @Column(name = "TITLE", nullable = false, length = TITLE_MAX)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, length = 10)
    private LessonKind kind;

    @Column(name = "BODY", length = BODY_MAX)
    private String body;

    @Column(name = "LINK_URL", length = URL_MAX)
    private String url;

    @Version
    private long version;

    protected Lesson() {
    }

    public Lesson(Course course, int position, LessonKind kind, String title, String body, String url) {
        this.course = course;
        this.position = position;
        change(kind, title, body, url);
    }

    public void change(LessonKind kind, String title, String body, String url) {
        this.kind = kind;
        this.title = title;
        this.body = body;
        this.url = url;
    }

    public void moveTo(int position) {
        this.position = position;
    }

    public Long getId() {
        return id;
    }

    public Course getCourse() {
        return course;
    }

    public int getPosition() {
        return position;
    }

    public String getTitle() {
        return title;
    }

    public LessonKind getKind() {
        return kind;
    }

    public String getBody() {
        return body;
    }

    public String getUrl() {
        return url;
    }

    public long getVersion() {
        return version;
    }
}
