package org.lms.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lms.it.support.DemoUsers;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * A course discussion where everything people typed is markup meant to run: a Publisher's course
 * whose title is an image with an error handler and whose lesson carries a script; a learner's
 * thread whose title and text are a script and another image. Every page shows them as the text
 * they are, and none of them ever runs ({@code window.__xss} stays undefined). Another learner
 * replies, the Publisher removes the reply as moderator, and a learner outside the course finds
 * no discussion at its address.
 */
class DiscussionBrowserIT extends BrowserTest {

    private static final String COURSE_PAYLOAD = "<img src=x onerror=window.__xss=1>";
    private static final String LESSON_BODY = "<p>Read this first.</p><script>window.__xss=2</script>";
    private static final String THREAD_TITLE = "<script>window.__xss=3</script> How long?";
    private static final String THREAD_BODY = "<img src=x onerror=window.__xss=4>\nSecond line";
    private static final String REPLY = "About an hour.\n<b>not bold</b>";

    @Test
    void payloadsShowAsTextEverywhereAndAModeratorRemovesAReply() {
        String token = PeopleScreens.unique();
        String courseTitle = COURSE_PAYLOAD + " Discussed " + token;
        String replierEmail = PeopleScreens.email("replier-" + token);
        browser.signIn(DemoUsers.ADMIN, DemoUsers.PASSWORD);
        new PeopleScreens(browser).createUser("Rita Replier " + token, replierEmail, "Engineering", null,
                PeopleScreens.GOOD_PASSWORD);
        // Someone of the same organization the course is not assigned to, made for this test: demo people
        // may be locked out by the sign-in tests.
        String outsiderEmail = PeopleScreens.email("outsider-" + token);
        new PeopleScreens(browser).createUser("Otto Outsider " + token, outsiderEmail, "Engineering", null,
                PeopleScreens.GOOD_PASSWORD);

        // The Publisher's course: the title and the lesson carry markup; the sanitizer drops the script.
        signInAs(DemoUsers.PUBLISHER, DemoUsers.PASSWORD);
        ContentScreens content = new ContentScreens(browser);
        String courseId = content.createCourse(courseTitle);
        browser.clickAndWait(By.id("lessons:addLesson"));
        assertNothingRan("the editor");
        browser.type(By.id("lesson:title"), "Welcome");
        browser.type(By.id("lesson:body"), LESSON_BODY);
        browser.clickAndWait(By.id("lesson:saveLesson"));
        assertEquals(List.of("Welcome"), browser.texts("#lessonList .lesson-title"));
        browser.clickAndWait(By.id("state:publish"));
        assertEquals("Published", browser.text(By.id("courseStatus")));
        content.assignTo(DemoUsers.LEARNER);
        content.assignTo(replierEmail);
        assertNothingRan("the editor after assigning");

        // The learner: the title is text on My learning and in the player; the lesson's script is gone.
        signInAs(DemoUsers.LEARNER, DemoUsers.PASSWORD);
        WebElement card = myCourse(courseTitle);
        assertNothingRan("My learning");
        browser.whileLoadingNextPage(() -> card.findElement(By.cssSelector(".open-course")).click());
        assertEquals(courseTitle, browser.text(By.id("courseTitle")));
        assertEquals("Read this first.", browser.text(By.cssSelector(".lesson-body")));
        assertFalse(browser.driver().getPageSource().contains("window.__xss=2"), "the sanitizer dropped the lesson's script");
        assertNothingRan("the player");

        // From the player to the discussion; a thread of markup is text.
        browser.clickAndWaitForPage(By.id("openDiscussion"));
        assertEquals("/discussion.xhtml", browser.path());
        assertEquals(courseTitle, browser.text(By.id("discussionCourse")));
        assertTrue(browser.isPresent(By.id("noThreads")));
        assertNothingRan("the empty discussion");
        browser.type(By.id("newThread:title"), THREAD_TITLE);
        browser.type(By.id("newThread:body"), THREAD_BODY);
        browser.clickAndWaitForPage(By.id("newThread:startThread"));
        assertEquals(List.of("Your thread was started."), browser.messages("messages"));
        assertTrue(browser.query().contains("thread="), browser.query());
        String threadAddress = browser.path() + "?" + browser.query();
        assertEquals(THREAD_TITLE, browser.text(By.id("threadTitle")));
        assertEquals(THREAD_BODY, browser.driver().executeScript("return arguments[0].textContent",
                browser.visible(By.cssSelector(".post.opening .post-body"))), "the text as typed, line break kept, nothing added");
        assertEquals(courseTitle, browser.text(By.id("discussionCourse")));
        assertNothingRan("the new thread");
        browser.clickAndWaitForPage(By.id("backToThreads"));
        assertEquals(List.of(THREAD_TITLE), browser.texts("#threadList .thread-title"));
        assertEquals(List.of("no replies"), browser.texts("#threadList .reply-count"));
        assertNothingRan("the thread list");

        // Another learner of the course replies.
        signInAs(replierEmail, PeopleScreens.GOOD_PASSWORD);
        browser.open(threadAddress);
        assertEquals(THREAD_TITLE, browser.text(By.id("threadTitle")));
        assertFalse(browser.isPresent(By.cssSelector(".post.opening .remove-post")), "not hers to remove");
        browser.type(By.id("replyForm:body"), REPLY);
        browser.clickAndWaitForPage(By.id("replyForm:sendReply"));
        assertEquals(List.of("Your reply was posted."), browser.messages("messages"));
        assertEquals(List.of(REPLY), browser.texts("#replyList .post-body"));
        assertNothingRan("the thread with a reply");

        // The Publisher moderates from the editor: removes the reply after confirming.
        signInAs(DemoUsers.PUBLISHER, DemoUsers.PASSWORD);
        browser.open("/admin/course.xhtml?id=" + courseId);
        browser.clickAndWaitForPage(By.id("openDiscussion"));
        assertTrue(browser.isPresent(By.id("moderatorNote")));
        assertEquals(List.of("1 reply"), browser.texts("#threadList .reply-count"));
        browser.clickAndWaitForPage(By.cssSelector("#threadList .thread-title"));
        assertNothingRan("the moderator's thread");
        browser.clickAndWait(By.cssSelector("#replyList .remove-post"));
        assertTrue(browser.text(By.cssSelector("#replyList .notice")).startsWith("Remove this post?"));
        // The confirmation takes the focus, so the keyboard confirms it.
        browser.waitFor("the focus on the confirmation", () -> "Yes, remove".equals(browser.focusedText()));
        browser.whileLoadingNextPage(() -> browser.pressKeys(Keys.ENTER));
        assertEquals(List.of("The post was removed."), browser.messages("messages"));
        assertEquals(List.of("Removed by a moderator"), browser.texts("#replyList .post-removed"));
        assertTrue(browser.texts("#replyList .post-body").isEmpty());

        // The learner sees it removed.
        signInAs(DemoUsers.LEARNER, DemoUsers.PASSWORD);
        browser.open(threadAddress);
        assertEquals(List.of("Removed by a moderator"), browser.texts("#replyList .post-removed"));
        assertFalse(browser.driver().getPageSource().contains("About an hour."), "the removed text is not on the page");
        assertNothingRan("the learner's thread after the removal");

        // Someone outside the course types the addresses: not found.
        signInAs(outsiderEmail, PeopleScreens.GOOD_PASSWORD);
        browser.open("/learning.xhtml");
        assertEquals("My learning", browser.text(By.cssSelector("main h1")), "signed in");
        for (String path : List.of("/discussion.xhtml?course=" + courseId, threadAddress, "/discussion.xhtml?course=x")) {
            browser.open(path);
            PeopleScreens.assertNotFoundPage(browser);
        }
    }

    /** Nothing typed into the portal ran as script on this page. */
    private void assertNothingRan(String where) {
        assertEquals("undefined", browser.driver().executeScript("return typeof window.__xss"), "a payload ran on " + where);
    }

    private void signInAs(String email, String password) {
        browser.forgetSession();
        browser.signIn(email, password);
    }

    private WebElement myCourse(String title) {
        browser.open("/learning.xhtml");
        return browser.driver().findElements(By.cssSelector("#myCourses li.my-course")).stream()
                .filter(card -> card.findElement(By.cssSelector(".course-title")).getText().trim().equals(title))
                .findFirst().orElseThrow(() -> new AssertionError(title + " is not on My learning"));
    }
}
