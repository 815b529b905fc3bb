package org.lms.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.lms.it.support.DemoUsers;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A quiz from both sides: a Publisher writes a quiz lesson with a single-choice and a
 * multiple-choice question in the course editor (and tries a true or false one, moving, changing
 * and removing questions), publishes and assigns the course to a group; the learner in it
 * fails one attempt, passes the next (answers kept across a reload), and the course is passed.
 * The attempt's page carries no answer key; someone outside the group cannot reach the course.
 */
class QuizScreensBrowserIT extends BrowserTest {

    private static final String QUIZ = "Final check";

    @Test
    void aLearnerFailsAQuizOnceThenPassesIt() {
        String token = PeopleScreens.unique();
        String title = "Quiz course " + token;
        // Someone of the same organization outside the group, made for this test: demo people may be locked
        // out by the sign-in tests.
        String outsider = PeopleScreens.email("outsider-" + token);
        browser.signIn(DemoUsers.ADMIN, DemoUsers.PASSWORD);
        new PeopleScreens(browser).createUser("Otto Outsider " + token, outsider, "Engineering", null, PeopleScreens.GOOD_PASSWORD);
        signInAs(DemoUsers.PUBLISHER);
        String courseId = new ContentScreens(browser).createCourse(title);

        browser.clickAndWait(By.id("lessons:addLesson"));
        browser.choose("lesson:kind", "Quiz");
        browser.type(By.id("lesson:title"), QUIZ);
        browser.type(By.id("lesson:body"), "<p>Show what you know.</p>");
        browser.clickAndWait(By.id("lesson:saveLesson"));
        assertEquals(List.of("The lesson " + QUIZ + " was added. Now set its rules and add its questions."),
                browser.messages("messages"));
        assertEquals(List.of(QUIZ), browser.texts("#lessonList .lesson-title"));

        // The rules: everything right to pass, three attempts.
        browser.retype(By.id("quiz:passMark"), "100");
        browser.type(By.id("quiz:maxAttempts"), "3");
        browser.clickAndWait(By.id("quiz:saveRules"));
        assertEquals(List.of("The rules of " + QUIZ + " were saved."), browser.messages("messages"));
        assertEquals("100", browser.visible(By.id("quiz:passMark")).getDomProperty("value"));

        // An option left empty is named next to its field.
        browser.clickAndWait(By.id("quiz:addQuestion"));
        browser.type(By.id("question:text"), "Which planet is the largest?");
        browser.clickAndWait(By.id("question:saveQuestion"));
        assertFalse(browser.texts("[id='question:options'] .option-row .ui-message-error").isEmpty(),
                "a message next to an empty option; messages: " + browser.messages("messages"));

        browser.type(By.id("question:optionRows:0:option"), "Jupiter");
        browser.type(By.id("question:optionRows:1:option"), "Mars");
        browser.clickAndWait(By.id("question:addOption"));
        browser.type(By.id("question:optionRows:2:option"), "Venus");
        markCorrect(0);
        browser.clickAndWait(By.id("question:saveQuestion"));
        assertEquals(List.of("The question was added."), browser.messages("messages"));

        browser.clickAndWait(By.id("quiz:addQuestion"));
        browser.choose("question:kind", "Multiple choice");
        browser.type(By.id("question:text"), "Which numbers are prime?");
        browser.type(By.id("question:optionRows:0:option"), "2");
        browser.type(By.id("question:optionRows:1:option"), "4");
        browser.clickAndWait(By.id("question:addOption"));
        browser.type(By.id("question:optionRows:2:option"), "7");
        markCorrect(0);
        markCorrect(2);
        browser.clickAndWait(By.id("question:saveQuestion"));
        assertEquals(List.of("The question was added."), browser.messages("messages"));

        // A true or false question has its two options, fixed; moved up, then removed after asking.
        browser.clickAndWait(By.id("quiz:addQuestion"));
        browser.choose("question:kind", "True or false");
        assertEquals("True", browser.visible(By.id("question:optionRows:0:option")).getDomProperty("value"));
        assertEquals("False", browser.visible(By.id("question:optionRows:1:option")).getDomProperty("value"));
        assertFalse(browser.isPresent(By.id("question:addOption")));
        browser.type(By.id("question:text"), "The sun is a star.");
        markCorrect(0);
        browser.clickAndWait(By.id("question:saveQuestion"));
        assertEquals(List.of("The question was added."), browser.messages("messages"));
        browser.clickAndWait(By.cssSelector("#quizQuestions > li:nth-of-type(3) .move-question-up"));
        assertEquals(List.of("Which planet is the largest?", "The sun is a star.", "Which numbers are prime?"),
                browser.texts("#quizQuestions .question-text"));
        browser.clickAndWait(By.cssSelector("#quizQuestions > li:nth-of-type(2) .remove-question"));
        browser.clickAndWait(By.cssSelector("#quizQuestions > li:nth-of-type(2) .really-remove-question"));
        assertEquals(List.of("The question was removed."), browser.messages("messages"));
        assertEquals(List.of("Which planet is the largest?", "Which numbers are prime?"),
                browser.texts("#quizQuestions .question-text"));
        assertEquals(List.of("· 2 questions"), browser.texts("#lessonList .question-count"), "the lesson list counts them");

        // Changing a question keeps its place.
        browser.clickAndWait(By.cssSelector("#quizQuestions > li:nth-of-type(1) .edit-question"));
        assertEquals("Venus", browser.visible(By.id("question:optionRows:2:option")).getDomProperty("value"));
        browser.type(By.id("question:optionRows:2:option"), "Saturn");
        browser.clickAndWait(By.id("question:saveQuestion"));
        assertEquals(List.of("The question was saved."), browser.messages("messages"));
        assertEquals(List.of("Jupiter", "Mars", "Saturn", "2", "4", "7"), browser.texts("#quizQuestions .option-text"));
        assertEquals(List.of("Jupiter", "2", "7"), browser.texts("#quizQuestions .quiz-option.correct .option-text"));

        browser.clickAndWait(By.id("state:publish"));
        assertEquals("Published", browser.text(By.id("courseStatus")));
        assignToTheLearner();

        // The learner: the introduction and the rules; no "Mark complete" for a quiz.
        signInAs(DemoUsers.LEARNER);
        browser.open("/learn.xhtml?course=" + courseId);
        assertEquals(QUIZ, browser.text(By.id("lessonTitle")));
        assertEquals("Show what you know.", browser.text(By.cssSelector(".lesson-body")));
        assertFalse(browser.isPresent(By.id("player:complete")));
        assertEquals("Attempts left: 3 of 3", browser.text(By.id("attemptsLeft")));

        // First attempt: the planet right, the primes wrong.
        startQuiz();
        choose(0, 0);
        choose(1, 0);
        browser.clickAndWait(By.id("player:submitQuiz"));
        assertEquals(List.of("Not passed this time: 50%."), browser.messages("messages"));
        assertEquals("Failed", browser.text(By.id("resultOutcome")));
        assertTrue(browser.text(By.id("resultScore")).startsWith("Your score: 50%"), browser.text(By.id("resultScore")));
        assertEquals("Attempts left: 2 of 3", browser.text(By.id("attemptsLeft")));
        assertEquals(List.of("Failed"), browser.texts("[id='player:attempts_data'] .attempt-result"));
        assertEquals("0%", browser.text(By.cssSelector("[id='player:progress'] .ui-progressbar-label")));

        // Second attempt: all right. The answers are kept as they are chosen: a reload in between loses none.
        startQuiz();
        choose(0, 0);
        choose(1, 0);
        assertTrue(browser.text(By.id("player:keptAt")).startsWith("Your answers are saved"), browser.text(By.id("player:keptAt")));
        browser.open("/learn.xhtml?course=" + courseId);
        assertEquals("Continue the attempt", browser.visible(By.id("player:startQuiz")).getText().trim());
        assertEquals("Attempts left: 1 of 3", browser.text(By.id("attemptsLeft")), "the open attempt counts once");
        startQuiz();
        assertEquals(List.of(true, false, false), checked("player:questions:0:choice", 3));
        assertEquals(List.of(true, false, false), checked("player:questions:1:choices", 3));
        choose(1, 2);
        browser.clickAndWait(By.id("player:submitQuiz"));
        assertEquals(List.of("You passed the quiz with 100%."), browser.messages("messages"));
        assertEquals("Passed", browser.text(By.id("resultOutcome")));
        assertTrue(browser.text(By.id("resultScore")).startsWith("Your score: 100%"), browser.text(By.id("resultScore")));
        assertEquals(List.of("Failed", "Passed"), browser.texts("[id='player:attempts_data'] .attempt-result"));
        assertEquals(List.of("50%", "100%"), browser.texts("[id='player:attempts_data'] .attempt-score"));
        assertEquals("100%", browser.text(By.cssSelector("[id='player:progress'] .ui-progressbar-label")));
        assertEquals("Passed", browser.text(By.id("playerStatus")));
        assertEquals(List.of(QUIZ), browser.texts("#outline li.completed .outline-lesson"));

        browser.open("/learning.xhtml");
        WebElement done = myCourse(title);
        assertEquals("Passed", done.findElement(By.cssSelector(".course-status")).getText().trim());

        // Someone outside the group has no such course, even typing its address.
        browser.forgetSession();
        browser.signIn(outsider, PeopleScreens.GOOD_PASSWORD);
        browser.open("/learning.xhtml");
        assertEquals("My learning", browser.text(By.cssSelector("main h1")), "signed in");
        assertFalse(browser.texts("#myCourses .course-title").contains(title), browser.texts("#myCourses .course-title").toString());
        browser.open("/learn.xhtml?course=" + courseId);
        PeopleScreens.assertNotFoundPage(browser);
    }

    /** Starts an attempt and checks that its page holds the questions but nothing about which answers are right. */
    private void startQuiz() {
        browser.clickAndWait(By.id("player:startQuiz"));
        assertEquals(List.of("Which planet is the largest?", "Which numbers are prime?"), browser.texts("#sheetQuestions .question-text"));
        String source = browser.driver().getPageSource().toLowerCase(Locale.ROOT);
        assertFalse(source.contains("correct"), "the attempt's page names no correct option");
        assertFalse(browser.isPresent(By.cssSelector(".correct-mark, .quiz-option.correct")));
    }

    /** Picks an option of a question of the attempt by its place, as a click on its label does. */
    private void choose(int question, int option) {
        String group = "player:questions:" + question + (question == 0 ? ":choice" : ":choices");
        browser.clickAndWait(By.cssSelector("label[for='" + group + ":" + option + "']"));
    }

    /** Whether each of a question's first {@code options} inputs is checked, as the page holds them. */
    private List<Boolean> checked(String group, int options) {
        return java.util.stream.IntStream.range(0, options)
                .mapToObj(i -> browser.driver().findElement(By.id(group + ":" + i)).isSelected()).toList();
    }

    private void markCorrect(int option) {
        browser.clickAndWait(By.cssSelector("[id='question:optionRows:" + option + ":correct'] .ui-chkbox-box"));
    }

    /** Assigns the course to the demo's on-call group, whose member the demo learner is. */
    private void assignToTheLearner() {
        browser.choose("assign:targetType", "Group");
        browser.choose("assign:group", "Platform On-Call");
        browser.clickAndWait(By.id("assign:assignButton"));
        assertEquals(List.of("Assigned: 1 people newly enrolled."), browser.messages("messages"));
        assertEquals(List.of("Platform On-Call"), browser.texts("[id='assign:rules_data'] .rule-target"));
    }

    private void signInAs(String email) {
        browser.forgetSession();
        browser.signIn(email, DemoUsers.PASSWORD);
    }

    private WebElement myCourse(String title) {
        return browser.driver().findElements(By.cssSelector("#myCourses li.my-course")).stream()
                .filter(card -> card.findElement(By.cssSelector(".course-title")).getText().trim().equals(title))
                .findFirst().orElseThrow(() -> new AssertionError(title + " is not on My learning"));
    }
}
