package org.lms.web.learning;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.util.List;
import org.lms.service.learning.MyCourseRow;
import org.lms.web.shell.Html;
import org.lms.web.shell.SelfWrittenComponent;

/**
 * The cards of "My learning" ({@code <learning:courseCards value="…" mandatoryLabel="…"
 * progressLabel="…"/>}), one {@code <li>} per {@link MyCourseCard}, written in one pass. The cards
 * are most of the portal's busiest page: as a repeat of template markup each card cost a visit of
 * every child and a dozen expressions resolved by reflection.
 */
@FacesComponent(createTag = true, namespace = CourseCards.NAMESPACE, tagName = "courseCards")
public class CourseCards extends SelfWrittenComponent {

    public static final String NAMESPACE = "lms.learning";

    @Override
    public void encodeEnd(FacesContext context) throws IOException {
        @SuppressWarnings("unchecked")
        List<MyCourseCard> cards = (List<MyCourseCard>) getAttributes().get("value");
        if (cards == null) {
            return;
        }
        String mandatoryLabel = (String) getAttributes().get("mandatoryLabel");
        String progressLabel = (String) getAttributes().get("progressLabel");
        // One text for the page's cards, written at once: the response writer's call per value and
        // per attribute was half the cost of the cards.
        StringBuilder markup = new StringBuilder(cards.size() * 640);
        for (MyCourseCard card : cards) {
            write(markup, card, mandatoryLabel, progressLabel);
        }
        context.getResponseWriter().write(markup.toString());
    }

    /** The markup around the values is constant; every value is escaped ({@link Html}). */
    static void write(StringBuilder out, MyCourseCard card, String mandatoryLabel, String progressLabel) {
        MyCourseRow course = card.course();
        out.append("<li class=\"card wide my-course\"><h2><span class=\"course-title\">");
        Html.append(out, course.title()).append("</span>");
        if (course.mandatory()) {
            Html.append(out.append("<span class=\"mandatory\"> "), mandatoryLabel).append("</span>");
        }
        Html.append(out.append("</h2><p class=\"meta\">"), course.description());
        // The status's name is a constant of LearnerStatus: nothing to escape.
        out.append("</p><p><span class=\"course-status status-").append(course.status().name()).append("\">");
        Html.append(out, card.statusLabel()).append("</span>");
        if (card.dueText() != null) {
            Html.append(out.append("<span class=\"course-due\"> · "), card.dueText()).append("</span>");
        }
        // The native element: the same meaning to assistive technology, and no widget per card.
        out.append("</p><p class=\"course-progress\"><progress max=\"100\" value=\"").append(course.progress())
                .append("\" aria-label=\"");
        Html.append(out, progressLabel).append("\">").append(course.progress()).append("%</progress>");
        Html.append(out.append("<span class=\"course-progress-label\"> "), card.progressText()).append("</span></p><p>");
        out.append("<a class=\"ui-button ui-widget ui-corner-all button-link open-course\" href=\"");
        Html.append(out, card.playerAddress()).append("\">");
        Html.append(out, card.actionLabel()).append("</a></p></li>\n");
    }
}
