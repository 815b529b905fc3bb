package org.lms.web.learning;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.lms.service.learning.MyCourseRow;
import org.lms.service.learning.MyLearning;
import org.lms.web.i18n.Formats;
import org.lms.web.i18n.Messages;
import org.lms.web.shell.AddressParameters;
import org.lms.web.shell.Page;

/**
 * "My learning": the caller's courses, as the service orders them (what is due first), a page of
 * {@value #PAGE_SIZE} at a time. A learner with hundreds of courses gets a page that renders fast;
 * the next page is a plain link, so it works by keyboard and can be bookmarked.
 */
@Named
@RequestScoped
public class MyLearningPage {

    static final int PAGE_SIZE = 20;

    @Inject
    private MyLearning learning;

    @Inject
    private Messages messages;

    @Inject
    private Formats formats;

    private String page;
    private List<MyCourseRow> courses;
    private boolean more;
    private List<MyCourseCard> cards;

    public List<MyCourseRow> getCourses() {
        if (courses == null) {
            // One row beyond the page says whether there is a next page, without counting them all.
            List<MyCourseRow> read = learning.courses((getPageNumber() - 1) * PAGE_SIZE, PAGE_SIZE + 1);
            more = read.size() > PAGE_SIZE;
            courses = more ? read.subList(0, PAGE_SIZE) : read;
        }
        return courses;
    }

    /** The page's courses as the page shows them. */
    public List<MyCourseCard> getCards() {
        if (cards == null) {
            String player = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath() + Page.LEARN.viewId() + "?course=";
            // Cards repeat a few labels and due dates: each is worded once per page.
            Map<String, String> labels = new HashMap<>();
            Map<LocalDate, String> dues = new HashMap<>();
            cards = getCourses().stream().map(row -> new MyCourseCard(row,
                    labels.computeIfAbsent("learnerStatus." + row.status(), messages::get),
                    row.dueOn() == null ? null
                            : dues.computeIfAbsent(row.dueOn(), due -> messages.format("learning.dueOn", formats.date(due))),
                    formats.percent(row.progress()), labels.computeIfAbsent(actionKey(row), messages::get),
                    player + row.courseId())).toList();
        }
        return cards;
    }

    /** The page shown, from 1 ({@code ?page=} in the address); a missing or bad number shows the first. */
    public int getPageNumber() {
        if (page == null) {
            page = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().getOrDefault("page", "");
        }
        Long number = AddressParameters.id(page);
        return number == null || number < 1 || number > Integer.MAX_VALUE / PAGE_SIZE ? 1 : number.intValue();
    }

    /** "Page 2", in the person's language. */
    public String getPageLabel() {
        return messages.format("learning.pageNumber", formats.number(getPageNumber()));
    }

    public boolean isMore() {
        getCourses();
        return more;
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
