package org.lms.web.learning;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.lms.service.learning.MyCourseRow;
import org.lms.service.learning.MyLearning;

/** "My learning": the caller's courses, as the service orders them (what is due first). */
@Named
@RequestScoped
public class MyLearningPage {

    @Inject
    private MyLearning learning;

    private List<MyCourseRow> courses;

    public List<MyCourseRow> getCourses() {
        if (courses == null) {
            courses = learning.courses();
        }
        return courses;
    }

    /** The key of the link to the player: start, continue, or review once finished. */
    public String actionKey(MyCourseRow row) {
        return switch (row.status()) {
            case COMPLETED, PASSED, FAILED -> "learning.review";
            case NOT_STARTED -> "learning.start";
            // Overdue says nothing of whether the learner began: the progress does.
            case OVERDUE -> row.progress() == 0 ? "learning.start" : "learning.continue";
            case IN_PROGRESS -> "learning.continue";
        };
    }
}
