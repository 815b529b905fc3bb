package org.lms.web.learning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.lms.domain.learning.LearnerStatus;
import org.lms.service.learning.MyCourseRow;

class CourseCardsTest {

    private static String card(MyCourseRow row, String dueText) {
        StringBuilder markup = new StringBuilder();
        CourseCards.write(markup, new MyCourseCard(row, "In progress", dueText, "40%", "Continue", "/lms/learn.xhtml?course=" + row.courseId()),
                "Mandatory", "Progress");
        return markup.toString();
    }

    @Test
    void aCardShowsTheCourseItsStatusDueDateProgressAndTheLinkToThePlayer() {
        String card = card(new MyCourseRow(7, "Fire safety", "Exits and extinguishers", LearnerStatus.IN_PROGRESS, 40, true,
                LocalDate.of(2027, 1, 31)), "Due 31 January 2027");
        assertEquals("<li class=\"card wide my-course\"><h2><span class=\"course-title\">Fire safety</span>"
                + "<span class=\"mandatory\"> Mandatory</span></h2><p class=\"meta\">Exits and extinguishers</p>"
                + "<p><span class=\"course-status status-IN_PROGRESS\">In progress</span>"
                + "<span class=\"course-due\"> · Due 31 January 2027</span></p>"
                + "<p class=\"course-progress\"><progress max=\"100\" value=\"40\" aria-label=\"Progress\">40%</progress>"
                + "<span class=\"course-progress-label\"> 40%</span></p>"
                + "<p><a class=\"ui-button ui-widget ui-corner-all button-link open-course\" href=\"/lms/learn.xhtml?course=7\">"
                + "Continue</a></p></li>\n", card);
    }

    @Test
    void anOptionalCourseWithoutDueDateOrDescriptionLeavesThoseOut() {
        String card = card(new MyCourseRow(8, "Onboarding", null, LearnerStatus.IN_PROGRESS, 40, false, null), null);
        assertFalse(card.contains("mandatory"), card);
        assertFalse(card.contains("course-due"), card);
        assertTrue(card.contains("<p class=\"meta\"></p>"), card);
    }

    @Test
    void whatPeopleTypedIsEscapedInTextAndAttributes() {
        String card = card(new MyCourseRow(9, "<img src=x onerror=alert(1)>", "\"><script>alert(2)</script>", LearnerStatus.IN_PROGRESS,
                40, false, null), null);
        assertFalse(card.contains("<img"), card);
        assertFalse(card.contains("<script"), card);
        assertTrue(card.contains("&lt;img src=x onerror=alert(1)&gt;"), card);
        assertTrue(card.contains("&quot;&gt;&lt;script&gt;alert(2)&lt;/script&gt;"), card);
    }
}
