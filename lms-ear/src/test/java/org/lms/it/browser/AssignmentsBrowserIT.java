package org.lms.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lms.it.support.DemoUsers;
import org.openqa.selenium.By;

/**
 * An assignment from both sides: the demo Instructor writes a course with an assignment (pass mark
 * 60) and assigns it; the learner hands in text carrying a script and a PDF and downloads the PDF
 * again from their list; the Instructor finds it under "Submissions to grade", reads the text as
 * text (the script never runs), downloads the PDF and grades it; the learner sees the score and
 * the feedback.
 */
class AssignmentsBrowserIT extends BrowserTest {

    private static final String PAYLOAD = "My answer <img src=x onerror=window.lmsXss=1>\nSecond line";

    @Test
    void aLearnerHandsInWorkAndTheInstructorGradesIt() throws Exception {
        String title = "Assignment course " + PeopleScreens.unique();
        byte[] pdf = "%PDF-1.4\n% the learner's essay\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        Path file = Files.createTempFile("essay", ".pdf");
        Files.write(file, pdf);
        try {
            browser.signIn(DemoUsers.INSTRUCTOR, DemoUsers.PASSWORD);
            assertTrue(browser.menuLabels().contains("Submissions to grade"), browser.menuLabels().toString());
            String courseId = new ContentScreens(browser).createCourse(title);
            browser.clickAndWait(By.id("lessons:addLesson"));
            browser.choose("lesson:kind", "Assignment");
            browser.type(By.id("lesson:title"), "Essay");
            browser.type(By.id("lesson:body"), "<p>Write one page about safety.</p>");
            browser.clickAndWait(By.id("lesson:saveLesson"));
            assertEquals(List.of("The assignment Essay was added: set its pass mark below."), browser.messages("messages"));
            browser.retype(By.id("assignmentRules:passMark"), "60");
            browser.clickAndWait(By.id("assignmentRules:savePassMark"));
            assertEquals(List.of("The pass mark is now 60%."), browser.messages("messages"));
            browser.clickAndWait(By.id("state:publish"));
            new ContentScreens(browser).assignTo(DemoUsers.LEARNER);

            // The learner: the instructions, no "Mark complete", then text with a script and a PDF.
            signInAs(DemoUsers.LEARNER);
            browser.open("/learn.xhtml?course=" + courseId);
            assertEquals("Essay", browser.text(By.id("lessonTitle")));
            assertEquals("Write one page about safety.", browser.text(By.cssSelector(".lesson-body")));
            assertFalse(browser.isPresent(By.id("player:complete")));
            browser.type(By.id("assignment:text"), PAYLOAD);
            browser.driver().findElement(By.id("assignment:file")).sendKeys(file.toString());
            browser.clickAndWaitForPage(By.id("assignment:submitWork"));
            assertEquals(List.of("Your work was handed in. A grader will score it."), browser.messages("messages"));
            assertEquals(List.of("Awaiting grading"), browser.texts("[id='assignment:submissions_data'] .submission-status"));
            assertFalse(browser.plantedScriptRan(), "the learner's own text is shown as text");
            // The learner downloads the file they handed in: the same bytes, as an attachment under its name.
            String mine = browser.visible(By.cssSelector("[id='assignment:submissions_data'] .download-work")).getDomAttribute("href");
            assertTrue(browser.text(By.cssSelector("[id='assignment:submissions_data'] .download-work"))
                    .startsWith("Download " + file.getFileName()), "the link names the file");
            HttpResponse<byte[]> handedIn = new PeopleScreens(browser).download(mine);
            assertEquals(200, handedIn.statusCode());
            assertTrue(Arrays.equals(pdf, handedIn.body()), "the bytes handed in");
            assertEquals("attachment; filename=\"" + file.getFileName() + "\"; filename*=UTF-8''" + file.getFileName(),
                    handedIn.headers().firstValue("Content-Disposition").orElse(""));
            assertEquals("nosniff", handedIn.headers().firstValue("X-Content-Type-Options").orElse(""));

            // The Instructor: the learner's own link finds nothing for them (the course is not assigned to
            // them); the queue of the course, the text as written, the file, the grade.
            signInAs(DemoUsers.INSTRUCTOR);
            assertEquals(404, new PeopleScreens(browser).download(mine).statusCode(), "the learner's link is the learner's");
            browser.open("/admin/submissions.xhtml?course=" + courseId);
            assertEquals(1, browser.driver().findElements(By.cssSelector("[id='submissions:table_data'] .open-submission")).size());
            browser.clickAndWait(By.cssSelector("[id='submissions:table_data'] .open-submission"));
            assertEquals(PAYLOAD, browser.text(By.id("grading:workText")));
            assertFalse(browser.isPresent(By.cssSelector("#grading img")), "no image was made of the text");
            assertFalse(browser.plantedScriptRan(), "the script in the learner's text never ran");
            String href = browser.visible(By.id("grading:downloadWork")).getDomAttribute("href");
            HttpResponse<byte[]> served = new PeopleScreens(browser).download(href);
            assertEquals(200, served.statusCode());
            assertTrue(Arrays.equals(pdf, served.body()), "the bytes handed in");
            assertTrue(served.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
            assertEquals("nosniff", served.headers().firstValue("X-Content-Type-Options").orElse(""));
            browser.type(By.id("grading:score_input"), "80");
            browser.type(By.id("grading:feedback"), "Clear and complete.\nWell done.");
            browser.clickAndWait(By.id("grading:grade"));
            assertTrue(browser.text(By.id("grading:gradedScore")).startsWith("Score 80%"), browser.text(By.id("grading:gradedScore")));
            assertEquals(0, browser.driver().findElements(By.cssSelector("[id='submissions:table_data'] .open-submission")).size(),
                    "nothing left to grade in the course");

            // The learner sees the grade and the feedback; the assignment, the course's only lesson, is passed.
            signInAs(DemoUsers.LEARNER);
            browser.open("/learn.xhtml?course=" + courseId);
            assertEquals(List.of("80%"), browser.texts("[id='assignment:submissions_data'] .submission-score"));
            assertEquals(List.of("Clear and complete.\nWell done."), browser.texts("[id='assignment:submissions_data'] .submission-feedback"));
            assertEquals("Passed", browser.text(By.id("playerStatus")));
            assertFalse(browser.isPresent(By.id("assignment:submitWork")), "nothing more to hand in");
            assertFalse(browser.plantedScriptRan());
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private void signInAs(String email) {
        browser.forgetSession();
        browser.signIn(email, DemoUsers.PASSWORD);
    }
}
