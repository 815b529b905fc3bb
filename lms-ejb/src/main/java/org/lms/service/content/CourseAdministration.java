package org.lms.service.content;

import static org.lms.service.permissions.TargetType.COURSE;
import static org.lms.service.permissions.TargetType.ORGANIZATION;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.lms.domain.content.ContentStatus;
import org.lms.domain.content.Course;
import org.lms.domain.content.Lesson;
import org.lms.domain.content.LessonKind;
import org.lms.domain.learning.Enrollment;
import org.lms.domain.organizations.Organization;
import org.lms.domain.roles.Privilege;
import org.lms.domain.users.User;
import org.lms.service.audit.AuditKind;
import org.lms.service.audit.AuditLog;
import org.lms.service.audit.AuditRecord;
import org.lms.service.permissions.Guard;
import org.lms.service.permissions.InScope;
import org.lms.service.permissions.InvalidInput;
import org.lms.service.permissions.Inputs;
import org.lms.service.permissions.NotFound;
import org.lms.service.permissions.Reason;
import org.lms.service.permissions.ScopeChecked;
import org.lms.service.permissions.TargetType;
import org.lms.service.learning.Progress;
import org.lms.service.platform.Like;
import org.lms.service.security.Caller;

/**
 * Creating, publishing and deleting content within the caller's scope (Table 1, "Publish, manage
 * and delete content"). Instructors manage the content they created; Publishers and
 * administrators manage all content of their scope.
 */
@Stateless
@ScopeChecked
@RolesAllowed({Privilege.Names.MANAGE_CONTENT, Privilege.Names.MANAGE_OWN_CONTENT})
public class CourseAdministration {

    private static final int MAX_PAGE_SIZE = 200;
    /** Enough for any real course; a bound keeps a course page and its player small. */
    static final int MAX_LESSONS = 200;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private Guard guard;

    @Inject
    private AuditLog audit;

    @Inject
    private Progress progress;

    @Inject
    private LessonFiles files;

    @Inject
    private QuizRecords quizzes;

    /** The content library: the courses of the caller's scope the filter selects, one page of them. */
    @RolesAllowed({Privilege.Names.VIEW_ALL_CONTENT, Privilege.Names.MANAGE_CONTENT, Privilege.Names.MANAGE_OWN_CONTENT})
    public List<CourseRow> library(CourseFilter filter, int first, int size) {
        CourseFilter chosen = filter == null ? CourseFilter.all() : filter;
        TypedQuery<CourseRow> query = em.createQuery("SELECT NEW org.lms.service.content.CourseRow(c.id, c.title, o.name,"
                + " c.status, a.name, c.createdAt, c.version) FROM Course c JOIN c.organization o LEFT JOIN c.createdBy a"
                + where(chosen) + chosen.orderBy(), CourseRow.class);
        return bind(query, chosen)
                .setFirstResult(Math.max(0, first)).setMaxResults(Math.max(1, Math.min(size, MAX_PAGE_SIZE)))
                .getResultList();
    }

    /** How many courses of the caller's scope the filter selects. */
    @RolesAllowed({Privilege.Names.VIEW_ALL_CONTENT, Privilege.Names.MANAGE_CONTENT, Privilege.Names.MANAGE_OWN_CONTENT})
    public long count(CourseFilter filter) {
        CourseFilter chosen = filter == null ? CourseFilter.all() : filter;
        return bind(em.createQuery("SELECT COUNT(c) FROM Course c JOIN c.organization o" + where(chosen), Long.class), chosen)
                .getSingleResult();
    }

    /** A course with its lessons, for its editor; whether the caller may change it is part of the answer. */
    @RolesAllowed({Privilege.Names.VIEW_ALL_CONTENT, Privilege.Names.MANAGE_CONTENT, Privilege.Names.MANAGE_OWN_CONTENT})
    public CourseDetail course(@InScope(COURSE) long courseId) {
        Course course = em.find(Course.class, courseId);
        Map<Long, StoredFile> stored = files.ofCourse(courseId);
        Map<Long, Long> questions = questionCounts(courseId);
        List<LessonRow> lessons = em.createNamedQuery(Lesson.OF_COURSE, Lesson.class).setParameter("course", courseId)
                .getResultStream().map(lesson -> row(lesson, stored.get(lesson.getId()), questions.getOrDefault(lesson.getId(), 0L)))
                .toList();
        return new CourseDetail(course.getId(), course.getTitle(), course.getDescription(), course.getOrganization().getId(),
                course.getOrganization().getName(), course.getStatus(),
                course.getCreatedBy() == null ? null : course.getCreatedBy().getName(), course.getCreatedAt(),
                course.getVersion(), mayChange(course), enrollments(course), lessons);
    }

    public long create(@InScope(ORGANIZATION) long organizationId, String title, String description) {
        String cleanTitle = Inputs.name("title", title, Course.TITLE_MAX);
        String cleanDescription = description(description);
        Course course = new Course(cleanTitle, cleanDescription, em.find(Organization.class, organizationId), caller.require());
        em.persist(course);
        audit.changed(record(AuditKind.COURSE_CREATED, course).change(null, cleanTitle));
        return course.getId();
    }

    /** Renames a course and changes its description; a stale version is refused, so nothing is lost. */
    public void describe(@InScope(COURSE) long courseId, String title, String description, long version) {
        Course course = manageable(courseId, AuditKind.COURSE_CHANGED);
        String cleanTitle = Inputs.name("title", title, Course.TITLE_MAX);
        String cleanDescription = description(description);
        InvalidInput.requireCurrent(course.getVersion(), version);
        String before = course.getTitle();
        course.describe(cleanTitle, cleanDescription);
        if (!Enrollment.titleKey(before).equals(Enrollment.titleKey(cleanTitle))) {
            // The learners' "My learning" orders by the title kept on each enrollment.
            em.createQuery("UPDATE Enrollment e SET e.courseTitleKey = :key WHERE e.course = :course")
                    .setParameter("key", Enrollment.titleKey(cleanTitle)).setParameter("course", course).executeUpdate();
        }
        audit.changed(record(AuditKind.COURSE_CHANGED, course).change(before, cleanTitle));
    }

    /** Adds a lesson at the end of the course. The rich text is sanitized before it is stored. */
    public long addLesson(@InScope(COURSE) long courseId, LessonDraft draft) {
        Course course = manageable(courseId, AuditKind.LESSON_ADDED);
        LessonInput input = LessonInput.check(draft);
        long lessons = em.createNamedQuery(Lesson.COUNT_OF_COURSE, Long.class).setParameter("course", courseId).getSingleResult();
        if (lessons >= MAX_LESSONS) {
            throw InvalidInput.field("title", "input.tooManyLessons", MAX_LESSONS);
        }
        Lesson lesson = new Lesson(course, (int) lessons, input.kind(), input.title(), input.body(), input.url());
        em.persist(lesson);
        em.flush();
        progress.recount(courseId);
        audit.changed(record(AuditKind.LESSON_ADDED, course).change(null, input.title()));
        return lesson.getId();
    }

    public void changeLesson(@InScope(COURSE) long courseId, long lessonId, LessonDraft draft, long version) {
        Course course = manageable(courseId, AuditKind.LESSON_CHANGED);
        Lesson lesson = lessonOf(course, lessonId);
        LessonInput input = LessonInput.check(draft);
        InvalidInput.requireCurrent(lesson.getVersion(), version);
        String before = lesson.getTitle();
        if (input.kind() != LessonKind.FILE) {
            files.remove(lessonId);
        }
        lesson.change(input.kind(), input.title(), input.body(), input.url());
        audit.changed(record(AuditKind.LESSON_CHANGED, course).change(before, input.title()));
    }

    /**
     * Stores the file of a lesson of kind File (a PDF, video, audio or image), replacing the one it
     * had. Its type is told by its content, not by its name; too large, empty or another type is refused.
     */
    public StoredFile attachFile(@InScope(COURSE) long courseId, long lessonId, String fileName, InputStream content) {
        Course course = manageable(courseId, AuditKind.LESSON_CHANGED);
        Lesson lesson = lessonOf(course, lessonId);
        if (lesson.getKind() != LessonKind.FILE) {
            throw InvalidInput.field("file", "input.notAFileLesson");
        }
        StoredFile file = files.store(lessonId, fileName, content);
        audit.changed(record(AuditKind.LESSON_CHANGED, course).change(lesson.getTitle(), lesson.getTitle() + ": " + file.name()));
        return file;
    }

    /** A lesson's stored file as its editor sees it; "not found" when it has none. */
    @RolesAllowed({Privilege.Names.VIEW_ALL_CONTENT, Privilege.Names.MANAGE_CONTENT, Privilege.Names.MANAGE_OWN_CONTENT})
    public StoredFile lessonFile(@InScope(COURSE) long courseId, long lessonId) {
        lessonOf(em.find(Course.class, courseId), lessonId);
        return files.find(lessonId).orElseThrow(() -> new NotFound(TargetType.LESSON, lessonId));
    }

    /** Sends a lesson's file to someone who may see the course in the editor; "not found" when it has none. */
    @RolesAllowed({Privilege.Names.VIEW_ALL_CONTENT, Privilege.Names.MANAGE_CONTENT, Privilege.Names.MANAGE_OWN_CONTENT})
    public void sendLessonFile(@InScope(COURSE) long courseId, long lessonId, FileSink sink) {
        lessonOf(em.find(Course.class, courseId), lessonId);
        if (!files.send(lessonId, sink)) {
            throw new NotFound(TargetType.LESSON, lessonId);
        }
    }

    /** Moves a lesson one place up ({@code -1}) or down ({@code +1}); at either end nothing changes. */
    public void moveLesson(@InScope(COURSE) long courseId, long lessonId, int direction) {
        Course course = manageable(courseId, AuditKind.LESSON_CHANGED);
        Lesson lesson = lessonOf(course, lessonId);
        List<Lesson> lessons = new ArrayList<>(em.createNamedQuery(Lesson.OF_COURSE, Lesson.class)
                .setParameter("course", courseId).getResultList());
        int from = lessons.indexOf(lesson);
        int to = from + Integer.signum(direction);
        if (direction == 0 || to < 0 || to >= lessons.size()) {
            return;
        }
        lessons.add(to, lessons.remove(from));
        for (int position = 0; position < lessons.size(); position++) {
            if (lessons.get(position).getPosition() != position) {
                lessons.get(position).moveTo(position);
            }
        }
    }

    /**
     * Removes a lesson. Learners' marks on it (and a quiz's questions and attempts) go with it and their progress is counted again over
     * the lessons that remain; a course they had completed stays completed.
     */
    public void removeLesson(@InScope(COURSE) long courseId, long lessonId) {
        Course course = manageable(courseId, AuditKind.LESSON_REMOVED);
        Lesson lesson = lessonOf(course, lessonId);
        em.createQuery("DELETE FROM LessonCompletion c WHERE c.key.lessonId = :lesson").setParameter("lesson", lessonId)
                .executeUpdate();
        em.createQuery("UPDATE Enrollment e SET e.lastLessonId = NULL WHERE e.lastLessonId = :lesson")
                .setParameter("lesson", lessonId).executeUpdate();
        quizzes.remove(lessonId);
        em.remove(lesson);
        em.flush();
        progress.recount(courseId);
        audit.changed(record(AuditKind.LESSON_REMOVED, course).change(lesson.getTitle(), null));
    }

    public void publish(@InScope(COURSE) long courseId) {
        Course course = manageable(courseId, AuditKind.COURSE_PUBLISHED);
        ContentStatus before = course.getStatus();
        course.publish();
        audit.changed(record(AuditKind.COURSE_PUBLISHED, course).change(before, course.getStatus()));
    }

    /** Takes a course away from learners; their records stay. */
    public void archive(@InScope(COURSE) long courseId) {
        Course course = manageable(courseId, AuditKind.COURSE_ARCHIVED);
        ContentStatus before = course.getStatus();
        course.archive();
        audit.changed(record(AuditKind.COURSE_ARCHIVED, course).change(before, course.getStatus()));
    }

    /**
     * Deletes a course nobody was ever assigned, with its lessons; a course with learners' records is
     * refused (archive it instead, which keeps them).
     */
    public void delete(@InScope(COURSE) long courseId) {
        Course course = manageable(courseId, AuditKind.COURSE_DELETED);
        long enrollments = enrollments(course);
        AuditRecord record = record(AuditKind.COURSE_DELETED, course).change(course.getTitle(), null);
        if (enrollments > 0) {
            guard.refuse(new Reason("rule.courseHasLearners", enrollments), record);
        }
        em.createQuery("DELETE FROM CourseAssignment a WHERE a.course = :course").setParameter("course", course).executeUpdate();
        // Its discussion (editors may talk before anyone is assigned): replies first, they name their thread.
        em.createQuery("DELETE FROM DiscussionPost p WHERE p.course = :course AND p.thread IS NOT NULL")
                .setParameter("course", course).executeUpdate();
        em.createQuery("DELETE FROM DiscussionPost p WHERE p.course = :course").setParameter("course", course).executeUpdate();
        em.createQuery("SELECT l.id FROM Lesson l WHERE l.course = :course", Long.class).setParameter("course", course)
                .getResultList().forEach(quizzes::remove);
        em.createQuery("DELETE FROM Lesson l WHERE l.course = :course").setParameter("course", course).executeUpdate();
        em.remove(course);
        audit.changed(record);
    }

    private Course manageable(long courseId, AuditKind kind) {
        Course course = em.find(Course.class, courseId);
        if (!mayChange(course)) {
            guard.refuse(new Reason("rule.onlyOwnContent"), record(kind, course));
        }
        return course;
    }

    /** Instructors change the content they created; Publishers and administrators all of their scope. */
    private boolean mayChange(Course course) {
        return mayChange(caller.require(), course);
    }

    static boolean mayChange(User me, Course course) {
        return CourseEditors.mayChange(me, course);
    }

    /** How many learners have (or had) the course: their records keep it from being deleted. */
    private long enrollments(Course course) {
        return em.createQuery("SELECT COUNT(e) FROM Enrollment e WHERE e.course = :course", Long.class)
                .setParameter("course", course).getSingleResult();
    }

    private Lesson lessonOf(Course course, long lessonId) {
        Lesson lesson = em.find(Lesson.class, lessonId);
        if (lesson == null || !lesson.getCourse().getId().equals(course.getId())) {
            throw new NotFound(TargetType.LESSON, lessonId);
        }
        return lesson;
    }


    private static String description(String description) {
        return description == null || description.isBlank() ? null
                : Inputs.name("description", description.replace('\n', ' ').replace('\r', ' '), Course.DESCRIPTION_MAX);
    }

    private String where(CourseFilter filter) {
        return " WHERE o.path LIKE :scope" + (filter.status() == null ? "" : " AND c.status = :status")
                + (filter.pattern() == null ? "" : " AND LOWER(c.title) LIKE :text" + Like.ESCAPE);
    }

    private <T> TypedQuery<T> bind(TypedQuery<T> query, CourseFilter filter) {
        query.setParameter("scope", caller.scopePath() + "%");
        if (filter.status() != null) {
            query.setParameter("status", filter.status());
        }
        if (filter.pattern() != null) {
            query.setParameter("text", filter.pattern());
        }
        return query;
    }

    static LessonRow row(Lesson lesson, StoredFile file, long questions) {
        return new LessonRow(lesson.getId(), lesson.getPosition(), lesson.getKind(), lesson.getTitle(), lesson.getBody(),
                lesson.getUrl(), file, questions, lesson.getVersion());
    }

    /** The number of questions of each quiz of a course, by lesson id, in one grouped query. */
    private Map<Long, Long> questionCounts(long courseId) {
        Map<Long, Long> counts = new java.util.HashMap<>();
        em.createQuery("SELECT q.lessonId, COUNT(q) FROM Question q, Lesson l WHERE l.id = q.lessonId AND l.course.id = :course"
                        + " GROUP BY q.lessonId", Object[].class).setParameter("course", courseId)
                .getResultList().forEach(r -> counts.put((Long) r[0], ((Number) r[1]).longValue()));
        return counts;
    }

    static AuditRecord record(AuditKind kind, Course course) {
        return AuditRecord.of(kind, TargetType.COURSE, course.getId(), course.getTitle(), course.getOrganization().getPath());
    }
}
