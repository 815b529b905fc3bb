package org.lms.web.learning;

import jakarta.faces.component.FacesComponent;
import jakarta.faces.component.UIComponentBase;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import java.util.List;
import org.lms.service.learning.MyCourseRow;

/**
 * The cards of "My learning" ({@code <learning:courseCards value="…" mandatoryLabel="…"
 * progressLabel="…"/>}), one {@code <li>} per {@link MyCourseCard}, written in one pass. The cards
 * are most of the portal's busiest page: as a repeat of template markup each card cost a visit of
 * every child and a dozen expressions resolved by reflection.
 */
@FacesComponent(createTag = true, namespace = CourseCards.NAMESPACE, tagName = "courseCards")
public class CourseCards extends UIComponentBase {

    public static final String NAMESPACE = "lms.learning";
    private static final String FAMILY = "org.lms.learning";

    public CourseCards() {
        // No renderer: the component writes itself.
        setRendererType(null);
    }

    @Override
    public String getFamily() {
        return FAMILY;
    }

    @Override
    public void encodeEnd(FacesContext context) throws IOException {
        @SuppressWarnings("unchecked")
        List<MyCourseCard> cards = (List<MyCourseCard>) getAttributes().get("value");
        if (cards == null) {
            return;
        }
        String mandatoryLabel = (String) getAttributes().get("mandatoryLabel");
        String progressLabel = (String) getAttributes().get("progressLabel");
        ResponseWriter out = context.getResponseWriter();
        for (MyCourseCard card : cards) {
            write(out, card, mandatoryLabel, progressLabel);
        }
    }

    /**
     * The markup around the values is constant and written as it is; every value goes through
     * {@code writeText}, or {@code writeAttribute} inside a tag, which escape it.
     */
    private void write(ResponseWriter out, MyCourseCard card, String mandatoryLabel, String progressLabel) throws IOException {
        MyCourseRow course = card.course();
        out.write("<li class=\"card wide my-course\"><h2><span class=\"course-title\">");
        out.writeText(course.title(), null);
        out.write("</span>");
        if (course.mandatory()) {
            out.write("<span class=\"mandatory\"> ");
            out.writeText(mandatoryLabel, null);
            out.write("</span>");
        }
        out.write("</h2><p class=\"meta\">");
        if (course.description() != null) {
            out.writeText(course.description(), null);
        }
        // The status's name is a constant of LearnerStatus: nothing to escape.
        out.write("</p><p><span class=\"course-status status-" + course.status().name() + "\">");
        out.writeText(card.statusLabel(), null);
        out.write("</span>");
        if (card.dueText() != null) {
            out.write("<span class=\"course-due\"> · ");
            out.writeText(card.dueText(), null);
            out.write("</span>");
        }
        // The native element: the same meaning to assistive technology, and no widget per card.
        out.write("</p><p class=\"course-progress\">");
        out.startElement("progress", this);
        out.writeAttribute("max", "100", null);
        out.writeAttribute("value", course.progress(), null);
        out.writeAttribute("aria-label", progressLabel, null);
        out.writeText(course.progress() + "%", null);
        out.endElement("progress");
        out.write("<span class=\"course-progress-label\"> ");
        out.writeText(card.progressText(), null);
        out.write("</span></p><p>");
        out.startElement("a", this);
        out.writeAttribute("class", "ui-button ui-widget ui-corner-all button-link open-course", null);
        out.writeURIAttribute("href", card.playerAddress(), null);
        out.writeText(card.actionLabel(), null);
        out.endElement("a");
        out.write("</p></li>\n");
    }
}
