package org.lms.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lms.it.support.DemoUsers;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Content from both sides: a Publisher builds a course, publishes and assigns it; the learner
 * takes it in the player, resumes where they left off and completes it; the Publisher sees it in
 * the enrollment list. Learners reach neither the editor nor courses not assigned to them.
 */
class ContentScreensBrowserIT extends BrowserTest {

    private static final String PLANTED = "<p>Hi</p><script>window.lmsXss=1</script>";
    private static final String LESSON_TITLES = "#lessonList .lesson-title";

    @Test
    void aPublisherAssignsACourseThatTheLearnerTakesAndCompletes() {
        String title = "Course " + PeopleScreens.unique();
        browser.signIn(DemoUsers.PUBLISHER, DemoUsers.PASSWORD);
        assertEquals("My learning", browser.menuLabels().get(0), browser.menuLabels().toString());
        assertTrue(browser.menuLabels().contains("Content library"), browser.menuLabels().toString());
        String courseId = createCourse(title);

        addLesson("Welcome", PLANTED, null);
        browser.clickAndWait(By.id("lessons:addLesson"));
        browser.choose("lesson:kind", "Link");
        addLesson("Read more", null, "https://example.org/more");
        assertEquals(List.of("Welcome", "Read more"), browser.texts(LESSON_TITLES));

        browser.clickAndWait(By.id("state:publish"));
        assertEquals("Published", browser.text(By.id("courseStatus")));

        LocalDate due = LocalDate.now().plusDays(30);
        browser.type(By.id("assign:person_input"), "learner@acme");
        By offer = By.cssSelector("[id='assign:person_panel'] li.ui-autocomplete-item");
        browser.waitFor("the picker to offer the learner", () -> !browser.driver().findElements(offer).isEmpty());
        assertEquals("Leo Learner (" + DemoUsers.LEARNER + ")", browser.text(offer));
        browser.clickAndWait(offer);
        browser.type(By.id("assign:dueOn_input"), due.toString());
        browser.clickAndWait(By.id("assign:assignButton"));
        assertEquals(List.of("Assigned: 1 people newly enrolled."), browser.messages("messages"));
        assertEquals(List.of("Leo Learner <" + DemoUsers.LEARNER + ">"), browser.texts("[id='assign:rules_data'] .rule-target"));
        assertEquals(List.of("Leo Learner"), browser.texts("[id='learners:table_data'] .learner-name"));
        assertEquals(List.of("Not started"), browser.texts("[id='learners:table_data'] .learner-status"));

        // The learner starts at the first lesson; its planted script never runs.
        signInAs(DemoUsers.LEARNER);
        WebElement card = myCourse(title);
        assertEquals("Not started", card.findElement(By.cssSelector(".course-status")).getText().trim());
        assertTrue(card.getText().contains(String.valueOf(due.getYear())), card.getText());
        assertEquals("Start", card.findElement(By.cssSelector(".open-course")).getText().trim());
        browser.whileLoadingNextPage(() -> card.findElement(By.cssSelector(".open-course")).click());
        assertTrue(browser.path().endsWith("/learn.xhtml"), browser.path());
        assertEquals("Welcome", browser.text(By.id("lessonTitle")));
        assertEquals("Hi", browser.text(By.cssSelector(".lesson-body")));
        assertFalse(browser.plantedScriptRan());
        browser.clickAndWait(By.id("player:complete"));
        assertEquals("50%", browser.text(By.cssSelector("[id='player:progress'] .ui-progressbar-label")));
        assertEquals(List.of("Welcome"), browser.texts("#outline li.completed .outline-lesson"));

        // Signed in again, "Continue" resumes at the lesson not done yet.
        signInAs(DemoUsers.LEARNER);
        WebElement again = myCourse(title);
        assertEquals("Continue", again.findElement(By.cssSelector(".open-course")).getText().trim());
        browser.whileLoadingNextPage(() -> again.findElement(By.cssSelector(".open-course")).click());
        assertEquals("Read more", browser.text(By.id("lessonTitle")));
        WebElement link = browser.visible(By.id("player:lessonLink"));
        assertEquals("https://example.org/more", link.getDomAttribute("href"));
        assertEquals("_blank", link.getDomAttribute("target"));
        assertTrue(link.getDomAttribute("rel").contains("noopener"), link.getDomAttribute("rel"));
        assertFalse(browser.plantedScriptRan());
        browser.clickAndWait(By.id("player:complete"));
        assertEquals("100%", browser.text(By.cssSelector("[id='player:progress'] .ui-progressbar-label")));
        browser.open("/learning.xhtml");
        WebElement done = myCourse(title);
        assertEquals("Completed", done.findElement(By.cssSelector(".course-status")).getText().trim());
        assertEquals("Review", done.findElement(By.cssSelector(".open-course")).getText().trim());

        signInAs(DemoUsers.PUBLISHER);
        browser.open("/admin/course.xhtml?id=" + courseId);
        assertEquals(List.of("Completed"), browser.texts("[id='learners:table_data'] .learner-status"));
        assertEquals(List.of("100%"), browser.texts("[id='learners:table_data'] .ui-progressbar-label"));
    }

    @Test
    void aLearnerReachesNeitherTheEditorNorACourseNotAssignedToThem() {
        browser.signIn(DemoUsers.PUBLISHER, DemoUsers.PASSWORD);
        String courseId = createCourse("Unassigned " + PeopleScreens.unique());

        signInAs(DemoUsers.LEARNER);
        assertFalse(browser.menuLabels().contains("Content library"), browser.menuLabels().toString());
        for (String path : List.of("/admin/courses.xhtml", "/admin/course.xhtml?id=" + courseId,
                "/learn.xhtml?course=" + courseId, "/learn.xhtml?course=" + courseId + "&lesson=1")) {
            browser.open(path);
            PeopleScreens.assertNotFoundPage(browser);
        }
    }

    /**
     * A file lesson: the Publisher uploads a PDF on the editor (the form stays open after adding
     * it); the learner's player offers it to open and download, and the bytes served are the
     * uploaded ones, to the learner's session only.
     */
    @Test
    void aFileLessonIsUploadedOnTheEditorAndServedToTheLearner() throws Exception {
        String title = "Files " + PeopleScreens.unique();
        byte[] pdf = "%PDF-1.4\n% the handbook\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        java.nio.file.Path file = java.nio.file.Files.createTempFile("handbook", ".pdf");
        java.nio.file.Files.write(file, pdf);
        browser.signIn(DemoUsers.PUBLISHER, DemoUsers.PASSWORD);
        String courseId = createCourse(title);
        browser.clickAndWait(By.id("lessons:addLesson"));
        browser.choose("lesson:kind", "File");
        browser.type(By.id("lesson:title"), "Handbook");
        browser.clickAndWait(By.id("lesson:saveLesson"));
        assertEquals(List.of("The lesson Handbook was added. Now choose its file."), browser.messages("messages"));
        browser.driver().findElement(By.id("lessonFile:file")).sendKeys(file.toString());
        browser.clickAndWaitForPage(By.id("lessonFile:uploadFile"));
        assertEquals(List.of("The file " + file.getFileName() + " was stored."), browser.messages("messages"));
        assertTrue(browser.text(By.cssSelector("#lessonList .lesson-file")).contains(file.getFileName().toString()));
        browser.clickAndWait(By.id("state:publish"));
        browser.type(By.id("assign:person_input"), "learner@acme");
        By offer = By.cssSelector("[id='assign:person_panel'] li.ui-autocomplete-item");
        browser.waitFor("the picker to offer the learner", () -> !browser.driver().findElements(offer).isEmpty());
        browser.clickAndWait(offer);
        browser.clickAndWait(By.id("assign:assignButton"));

        signInAs(DemoUsers.LEARNER);
        WebElement card = myCourse(title);
        browser.whileLoadingNextPage(() -> card.findElement(By.cssSelector(".open-course")).click());
        assertEquals("Handbook", browser.text(By.id("lessonTitle")));
        String href = browser.visible(By.id("player:openFile")).getDomAttribute("href");
        PeopleScreens screens = new PeopleScreens(browser);
        java.net.http.HttpResponse<byte[]> served = screens.download(href);
        assertEquals(200, served.statusCode());
        assertEquals("application/pdf", served.headers().firstValue("Content-Type").orElse(""));
        assertTrue(java.util.Arrays.equals(pdf, served.body()), "the bytes uploaded");
        assertTrue(browser.text(By.id("player:downloadFile")).contains(file.getFileName().toString()));

        // Another session is not the learner's: a signed-out request gets the sign-in page, not the file.
        browser.forgetSession();
        assertTrue(screens.download(href).statusCode() != 200, "no file without a session");
        java.nio.file.Files.deleteIfExists(file);
    }

    /** Creates a course in Engineering through "New course" and answers its id, from the editor's address. */
    private String createCourse(String title) {
        browser.open("/admin/courses.xhtml");
        browser.type(By.id("newCourse:title"), title);
        browser.type(By.id("newCourse:description"), "About " + title);
        browser.choose("newCourse:organization", "Engineering");
        browser.clickAndWaitForPage(By.id("newCourse:create"));
        assertEquals(title, browser.text(By.id("heading")), "the new course's editor; messages: " + browser.messages("messages"));
        assertEquals(List.of("The course " + title + " was created."), browser.messages("messages"));
        String query = browser.query();
        return query.substring(query.indexOf("id=") + 3);
    }

    /** Fills and saves the lesson form, opening it first for a text lesson. */
    private void addLesson(String title, String body, String url) {
        if (url == null) {
            browser.clickAndWait(By.id("lessons:addLesson"));
        }
        browser.type(By.id("lesson:title"), title);
        if (body != null) {
            browser.type(By.id("lesson:body"), body);
        }
        if (url != null) {
            browser.type(By.id("lesson:url"), url);
        }
        browser.clickAndWait(By.id("lesson:saveLesson"));
        assertEquals(List.of("The lesson " + title + " was added."), browser.messages("messages"));
    }

    private void signInAs(String email) {
        browser.forgetSession();
        browser.signIn(email, DemoUsers.PASSWORD);
    }

    private WebElement myCourse(String title) {
        if (!browser.path().endsWith("/learning.xhtml")) {
            browser.open("/learning.xhtml");
        }
        return browser.driver().findElements(By.cssSelector("#myCourses li.my-course")).stream()
                .filter(card -> card.findElement(By.cssSelector(".course-title")).getText().trim().equals(title))
                .findFirst().orElseThrow(() -> new AssertionError(title + " is not on My learning"));
    }

}
