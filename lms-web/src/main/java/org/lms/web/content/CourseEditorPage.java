package org.lms.web.content;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import org.lms.domain.content.LessonKind;
import org.lms.service.content.CourseAdministration;
import org.lms.service.content.CourseDetail;
import org.lms.service.content.LessonDraft;
import org.lms.service.content.LessonFiles;
import org.lms.service.content.LessonRow;
import org.lms.service.content.StoredFile;
import org.lms.service.permissions.InvalidInput;
import org.lms.service.permissions.NotFound;
import org.lms.web.shell.AddressParameters;
import org.lms.web.shell.Feedback;

/**
 * The course editor: title and description (saved with the version the page loaded, so a change
 * made by someone else in the meantime is refused), publish, archive and delete, and the lessons
 * in order. One lesson form serves adding and changing; which lesson it changes is kept here.
 */
@Named
@ViewScoped
public class CourseEditorPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CourseAdministration courses;

    @Inject
    private Feedback feedback;

    private String id;
    private CourseDetail course;
    private String title;
    private String description;
    private boolean confirmingDelete;
    private Long confirmingRemoval;

    /** The lesson being edited: null while none, {@link #NEW_LESSON} for a new one. */
    private Long editing;
    private transient Part file;
    private long lessonVersion;
    private LessonKind lessonKind = LessonKind.TEXT;
    private String lessonTitle;
    private String lessonBody;
    private String lessonUrl;

    private static final long NEW_LESSON = -1;

    /** Loads the course named in the address; one missing or outside the scope is "not found". */
    public void load() {
        if (course != null) {
            return;
        }
        Long courseId = AddressParameters.id(id);
        if (courseId == null) {
            feedback.notFoundPage();
            return;
        }
        try {
            show(courses.course(courseId));
        } catch (NotFound | EJBAccessException e) {
            feedback.notFoundPage();
        }
    }

    public void saveDetails() {
        try {
            courses.describe(course.id(), title, description, course.version());
            feedback.info("course.saved", title);
            reload();
        } catch (RuntimeException e) {
            feedback.failed(e, "details");
        }
    }

    public void publish() {
        try {
            courses.publish(course.id());
            feedback.info("course.published", course.title());
        } catch (RuntimeException e) {
            feedback.failed(e, null);
        }
        reload();
    }

    public void archive() {
        try {
            courses.archive(course.id());
            feedback.info("course.archived", course.title());
        } catch (RuntimeException e) {
            feedback.failed(e, null);
        }
        reload();
    }

    public void askToDelete() {
        confirmingDelete = true;
    }

    public void cancelDelete() {
        confirmingDelete = false;
    }

    /** Deletes the course and goes back to the library; a refusal (learners' records) stays on the page. */
    public String delete() {
        confirmingDelete = false;
        try {
            courses.delete(course.id());
        } catch (RuntimeException e) {
            feedback.failed(e, null);
            return null;
        }
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        feedback.info("course.deleted", course.title());
        return "/admin/courses?faces-redirect=true";
    }

    public void newLesson() {
        editing = NEW_LESSON;
        lessonVersion = 0;
        lessonKind = LessonKind.TEXT;
        lessonTitle = null;
        lessonBody = null;
        lessonUrl = null;
    }

    public void editLesson(LessonRow lesson) {
        editing = lesson.id();
        lessonVersion = lesson.version();
        lessonKind = lesson.kind();
        lessonTitle = lesson.title();
        lessonBody = lesson.body();
        lessonUrl = lesson.url();
    }

    public void cancelLesson() {
        editing = null;
    }

    public void saveLesson() {
        LessonDraft draft = new LessonDraft(lessonKind, lessonTitle, lessonBody, lessonKind == LessonKind.LINK ? lessonUrl : null);
        try {
            if (isAddingLesson()) {
                long added = courses.addLesson(course.id(), draft);
                reload();
                if (lessonKind == LessonKind.FILE) {
                    // A file lesson is not done until its file is in: the form stays open for the upload.
                    editLesson(edited(added));
                    feedback.info("course.fileLessonAdded", lessonTitle);
                    return;
                }
                if (lessonKind == LessonKind.QUIZ) {
                    // Likewise a quiz needs its questions: the form stays open on it, the quiz panel below.
                    editLesson(edited(added));
                    feedback.info("course.quizLessonAdded", lessonTitle);
                    return;
                }
                if (lessonKind == LessonKind.ASSIGNMENT) {
                    // And an assignment its pass mark: the form stays open on it, the assignment panel below.
                    editLesson(edited(added));
                    feedback.info("course.assignmentLessonAdded", lessonTitle);
                    return;
                }
                feedback.info("course.lessonAdded", lessonTitle);
            } else {
                courses.changeLesson(course.id(), editing, draft, lessonVersion);
                feedback.info("course.lessonSaved", lessonTitle);
            }
            editing = null;
            reload();
        } catch (RuntimeException e) {
            feedback.failed(e, "lesson");
        }
    }

    /** Stores the chosen file as the file of the lesson being edited (a lesson of kind File). */
    public void uploadFile() {
        try {
            if (file == null || file.getSize() == 0) {
                throw InvalidInput.field("file", "input.required");
            }
            if (file.getSize() > LessonFiles.MAX_BYTES) {
                // Refused before reading: the service would refuse it too, after reading it all.
                throw InvalidInput.field("file", "input.fileTooLarge", LessonFiles.MAX_BYTES / (1024 * 1024));
            }
            StoredFile stored;
            try (InputStream in = file.getInputStream()) {
                stored = courses.attachFile(course.id(), editing, file.getSubmittedFileName(), in);
            }
            reload();
            editLesson(edited(editing));
            feedback.info("course.fileSaved", stored.name());
        } catch (IOException e) {
            feedback.error("course.fileUnreadable");
        } catch (RuntimeException e) {
            feedback.failed(e, "lessonFile");
        }
    }

    /** The lesson open in the form, as the course lists it (with its file). */
    public LessonRow getEditedLesson() {
        return editing == null || isAddingLesson() ? null : edited(editing);
    }

    private LessonRow edited(long lessonId) {
        return course.lessons().stream().filter(l -> l.id() == lessonId).findFirst().orElse(null);
    }

    /** Whether the form shows the file upload: an existing lesson of kind File. */
    public boolean isFileLesson() {
        LessonRow lesson = getEditedLesson();
        return lesson != null && lesson.kind() == LessonKind.FILE;
    }

    /** Whether the quiz panel shows: an existing lesson of kind Quiz. */
    public boolean isQuizLesson() {
        LessonRow lesson = getEditedLesson();
        return lesson != null && lesson.kind() == LessonKind.QUIZ;
    }

    /** Whether the assignment panel shows: an existing lesson of kind Assignment. */
    public boolean isAssignmentLesson() {
        LessonRow lesson = getEditedLesson();
        return lesson != null && lesson.kind() == LessonKind.ASSIGNMENT;
    }

    public long getMaxFileMegabytes() {
        return LessonFiles.MAX_BYTES / (1024 * 1024);
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public void move(LessonRow lesson, int direction) {
        try {
            courses.moveLesson(course.id(), lesson.id(), direction);
        } catch (RuntimeException e) {
            feedback.failed(e, null);
        }
        reload();
    }

    public void askToRemove(LessonRow lesson) {
        confirmingRemoval = lesson.id();
    }

    public void cancelRemoval() {
        confirmingRemoval = null;
    }

    public void remove(LessonRow lesson) {
        confirmingRemoval = null;
        try {
            courses.removeLesson(course.id(), lesson.id());
            feedback.info("course.lessonRemoved", lesson.title());
            if (editing != null && editing == lesson.id()) {
                editing = null;
            }
        } catch (RuntimeException e) {
            feedback.failed(e, null);
        }
        reload();
    }

    public boolean isConfirmingRemoval(LessonRow lesson) {
        return confirmingRemoval != null && confirmingRemoval == lesson.id();
    }

    public boolean isEditingLesson() {
        return editing != null;
    }

    public boolean isAddingLesson() {
        return editing != null && editing == NEW_LESSON;
    }

    public boolean isLink() {
        return lessonKind == LessonKind.LINK;
    }

    public LessonKind[] getLessonKinds() {
        return LessonKind.values();
    }

    /** Reads the course again after a change: its state, version and lessons follow. */
    void reload() {
        try {
            CourseDetail fresh = courses.course(course.id());
            course = fresh;
        } catch (NotFound | EJBAccessException e) {
            feedback.error("feedback.notFound");
        }
    }

    private void show(CourseDetail detail) {
        course = detail;
        title = detail.title();
        description = detail.description();
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public CourseDetail getCourse() {
        return course;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public boolean isConfirmingDelete() {
        return confirmingDelete;
    }

    public LessonKind getLessonKind() {
        return lessonKind;
    }

    public void setLessonKind(LessonKind lessonKind) {
        this.lessonKind = lessonKind;
    }

    public String getLessonTitle() {
        return lessonTitle;
    }

    public void setLessonTitle(String lessonTitle) {
        this.lessonTitle = lessonTitle;
    }

    public String getLessonBody() {
        return lessonBody;
    }

    public void setLessonBody(String lessonBody) {
        this.lessonBody = lessonBody;
    }

    public String getLessonUrl() {
        return lessonUrl;
    }

    public void setLessonUrl(String lessonUrl) {
        this.lessonUrl = lessonUrl;
    }
}
