package org.lms.web.content;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.lms.domain.learning.SubmissionStatus;
import org.lms.service.learning.QueuedSubmission;
import org.lms.service.learning.SubmissionDetail;
import org.lms.service.learning.SubmissionFilter;
import org.lms.service.learning.SubmissionGrading;
import org.lms.service.learning.SubmissionSort;
import org.lms.web.shell.AddressParameters;
import org.lms.web.shell.Feedback;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * "Submissions to grade": what learners handed in for the assignments of the courses the caller
 * may change, waiting for a grade (or graded), of one course when the address names it; read,
 * sorted and counted by the service a page at a time. Opening a row shows the learner's work and
 * the form for score and feedback.
 */
@Named
@ViewScoped
public class SubmissionsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private SubmissionGrading grading;

    @Inject
    private Feedback feedback;

    private String course;
    private Long courseId;
    private SubmissionStatus status = SubmissionStatus.SUBMITTED;
    private SubmissionSort sort = SubmissionSort.SUBMITTED_AT;
    private boolean descending;
    private SubmissionDetail opened;
    private Integer score;
    private String feedbackText;
    private final LazyDataModel<QueuedSubmission> rows = new Rows();

    /** Reads the course filter from the address; a malformed one is ignored (all courses). */
    public void load() {
        courseId = AddressParameters.id(course);
    }

    /** Opens a submission for grading. */
    public void open(long submissionId) {
        try {
            opened = grading.submission(submissionId);
            score = opened.score();
            feedbackText = opened.feedback();
        } catch (RuntimeException e) {
            opened = null;
            feedback.failed(e, null);
        }
    }

    public void close() {
        opened = null;
    }

    public void grade() {
        try {
            opened = grading.grade(opened.id(), score, feedbackText);
            feedback.info(opened.passed() ? "submissions.gradedPassed" : "submissions.gradedNotPassed", opened.learnerName(),
                    opened.score());
        } catch (RuntimeException e) {
            feedback.failed(e, "grading");
        }
    }

    public SubmissionStatus[] getStatuses() {
        return new SubmissionStatus[] {SubmissionStatus.SUBMITTED, SubmissionStatus.GRADED};
    }

    public LazyDataModel<QueuedSubmission> getRows() {
        return rows;
    }

    public String getCourse() {
        return course;
    }

    public void setCourse(String course) {
        this.course = course;
    }

    public Long getCourseId() {
        return courseId;
    }

    public SubmissionStatus getStatus() {
        return status;
    }

    public void setStatus(SubmissionStatus status) {
        this.status = status == null ? SubmissionStatus.SUBMITTED : status;
    }

    public SubmissionDetail getOpened() {
        return opened;
    }

    public Integer getScore() {
        return score;
    }

    public void setScore(Integer score) {
        this.score = score;
    }

    public String getFeedbackText() {
        return feedbackText;
    }

    public void setFeedbackText(String feedbackText) {
        this.feedbackText = feedbackText;
    }

    private SubmissionFilter filter() {
        return new SubmissionFilter(status, courseId, sort, descending);
    }

    /** The table's sort column (its field names the service's sort), else the oldest submission first. */
    private void sortBy(Map<String, SortMeta> sortBy) {
        sort = SubmissionSort.SUBMITTED_AT;
        descending = false;
        for (SortMeta meta : sortBy.values()) {
            SubmissionSort chosen = AddressParameters.enumValue(SubmissionSort.class, meta.getField());
            if (chosen != null && meta.getOrder() != SortOrder.UNSORTED) {
                sort = chosen;
                descending = meta.getOrder() == SortOrder.DESCENDING;
            }
        }
    }

    private final class Rows extends LazyDataModel<QueuedSubmission> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) grading.count(filter());
        }

        @Override
        public List<QueuedSubmission> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            sortBy(sortBy);
            return grading.queue(filter(), first, pageSize);
        }

        @Override
        public String getRowKey(QueuedSubmission row) {
            return Long.toString(row.id());
        }
    }
}
