package org.lms.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.logging.Level;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.lms.it.support.DemoUsers;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.logging.LogEntry;

/**
 * Signing in and out in a real browser: the pages' scripts run under the Content-Security-Policy,
 * the form works with the keyboard, and the texts follow the person's or the browser's language.
 * The HTTP-level checks of the same features are in {@code SignInHttpIT}.
 */
class SignInBrowserIT extends BrowserTest {

    private static final String INVALID = "The email or password is not correct.";
    private static final String LOCKED = "Too many failed attempts.";
    /** The whole message, whatever lock time the account sets. */
    private static final Pattern LOCKED_MESSAGE = Pattern.compile("Too many failed attempts\\. Wait (1 minute|\\d+ minutes), then try again\\.");

    private static final By PASSWORD = By.id("signIn:password");
    private static final By SUBMIT = By.id("signIn:submit");
    private static final String MESSAGES = "signIn:messages";
    private static final By SIGNED_OUT_NOTICE = By.id("signedOutNotice");
    private static final By SIGN_OUT = By.id("shell:signOut");
    private static final By GREETING = By.id("greeting");

    @Test
    void signingInOpensTheDashboard() {
        browser.signIn(DemoUsers.ADMIN, DemoUsers.PASSWORD);

        assertEquals("/index.xhtml", browser.path());
        assertEquals("Welcome, Adam Administrator", browser.text(GREETING));
        assertEquals("You are signed in as Administrator in Acme Corporation.", browser.text(By.id("roleAndOrganization")));
        assertEquals("Sign out", browser.text(SIGN_OUT));
    }

    @Test
    void aWrongPasswordIsRefusedAndTheCallerStaysOnTheSignInPage() {
        browser.signIn(DemoUsers.ORG_ADMIN, "not-the-password");

        assertEquals("/login.xhtml", browser.path());
        assertEquals(List.of(INVALID), browser.messages(MESSAGES));
        assertEquals("", browser.visible(PASSWORD).getDomProperty("value"), "the password is never sent back");
        assertFalse(browser.isPresent(GREETING));

        browser.open("/index.xhtml");
        assertEquals("/login.xhtml", browser.path(), "still signed out");
    }

    @Test
    void signingOutEndsTheSession() {
        browser.signIn(DemoUsers.PUBLISHER, DemoUsers.PASSWORD);
        assertEquals("Welcome, Paul Publisher", browser.text(GREETING));

        browser.clickAndWaitForPage(SIGN_OUT);

        assertEquals("/login.xhtml", browser.path());
        assertEquals("signedOut=true", browser.query());
        assertEquals("You have signed out.", browser.text(SIGNED_OUT_NOTICE));
        assertTrue(browser.isPresent(SUBMIT));

        browser.open("/index.xhtml");
        assertEquals("/login.xhtml", browser.path(), "the dashboard asks for a sign-in again");
        assertFalse(browser.isPresent(GREETING));
        assertFalse(browser.isPresent(SIGNED_OUT_NOTICE), "the notice shows only right after signing out");
    }

    /** Only this test uses the reporter's email: it stays locked for the rest of the run. */
    @Test
    void repeatedFailuresAreThrottledEvenForTheRightPassword() {
        for (int attempt = 1; attempt <= 10; attempt++) {
            browser.signIn(DemoUsers.REPORTER, "wrong-password-" + attempt);
            assertEquals(List.of(INVALID), browser.messages(MESSAGES), "attempt " + attempt);
        }

        browser.signIn(DemoUsers.REPORTER, DemoUsers.PASSWORD);

        assertEquals("/login.xhtml", browser.path());
        List<String> messages = browser.messages(MESSAGES);
        assertEquals(1, messages.size(), messages.toString());
        assertTrue(messages.get(0).startsWith(LOCKED), messages.get(0));
        assertTrue(LOCKED_MESSAGE.matcher(messages.get(0)).matches(), messages.get(0));
        assertFalse(browser.isPresent(GREETING));
    }

    @Test
    void aLearnerIsNotOfferedTheUsersPageAndFindsItMissing() {
        browser.signIn(DemoUsers.LEARNER, DemoUsers.PASSWORD);
        assertEquals("Welcome, Leo Learner", browser.text(GREETING));
        List<String> menu = browser.menuLabels();
        assertTrue(menu.contains("Home"), menu.toString());
        assertFalse(menu.contains("Users"), menu.toString());
        assertFalse(menu.contains("People"), menu.toString());

        browser.open("/admin/users.xhtml");

        assertEquals("Page not found", browser.text(By.cssSelector("#notFound h1")));
        assertEquals("The page you asked for does not exist, or it is not available to you.",
                browser.text(By.cssSelector("#notFound p")));
        assertFalse(browser.isPresent(By.id("users:table")));
    }

    /**
     * A learner's menu has no sections: it is a list of links, each a tab stop, the page shown marked
     * as the current one, and My learning loads no PrimeFaces script at all. Signing out works from it.
     */
    @Test
    void aLearnersMenuIsAListOfLinksThatTheKeyboardFollows() {
        browser.signIn(DemoUsers.LEARNER, DemoUsers.PASSWORD);
        browser.console(); // forget what the sign-in page logged
        browser.open("/learning.xhtml");
        List<String> errors = browser.console().stream().filter(entry -> entry.getLevel() == Level.SEVERE).map(LogEntry::getMessage).toList();
        assertEquals(List.of(), errors, "My learning's scripts run without errors");
        assertEquals(List.of("My learning", "Home", "My history"), browser.menuLabels());
        assertEquals("My learning", browser.text(By.cssSelector("[id='shell:mainMenu'] a[aria-current='page']")));
        assertEquals(List.of(), browser.primeFacesWidgets(), "no widget on My learning");

        browser.pressKeys(Keys.TAB);
        assertEquals("Skip to content", browser.focusedText());
        browser.pressKeys(Keys.TAB, Keys.TAB, Keys.TAB);
        assertEquals("Home", browser.focusedText());
        browser.pressKeys(Keys.TAB);
        assertEquals("My history", browser.focusedText());
        browser.whileLoadingNextPage(() -> browser.pressKeys(Keys.ENTER));
        assertEquals("/history.xhtml", browser.path());
        assertEquals("My history", browser.text(By.cssSelector("[id='shell:mainMenu'] a[aria-current='page']")));

        browser.clickAndWaitForPage(SIGN_OUT);
        assertEquals("/login.xhtml", browser.path());
        assertEquals("You have signed out.", browser.text(SIGNED_OUT_NOTICE));
    }

    /** The menubar is one tab stop; its arrow keys open the submenus, as in the WAI-ARIA menubar pattern. */
    @Test
    void anAdministratorOpensTheUsersPageFromTheMenuWithTheKeyboard() {
        browser.signIn(DemoUsers.ADMIN, DemoUsers.PASSWORD);
        List<String> menu = browser.menuLabels();
        assertTrue(menu.containsAll(List.of("Home", "People", "Users")), menu.toString());

        browser.pressKeys(Keys.TAB);
        assertEquals("Skip to content", browser.focusedText());
        browser.pressKeys(Keys.TAB, Keys.TAB);
        assertEquals("My learning", browser.focusedText());
        browser.pressKeys(Keys.ARROW_RIGHT);
        assertEquals("Home", browser.focusedText());
        browser.pressKeys(Keys.ARROW_RIGHT);
        assertEquals("People", browser.focusedText());
        browser.pressKeys(Keys.ARROW_DOWN);
        assertEquals("Users", browser.focusedText());
        browser.whileLoadingNextPage(() -> browser.pressKeys(Keys.ENTER));

        assertEquals("/admin/users.xhtml", browser.path());
        assertEquals("Users", browser.text(By.cssSelector("main h1")));
    }

    @Test
    void aGermanBrowserGetsTheGermanSignInPage() {
        try (Browser german = Browser.start(Browser.GERMAN)) {
            german.open("/login.xhtml");

            assertEquals("Anmelden", german.text(SUBMIT));
            assertEquals("de", german.driver().findElement(By.tagName("html")).getDomAttribute("lang"));
            assertEquals("E-Mail", german.label("signIn:email"));
            assertEquals("Passwort", german.label("signIn:password"));
            assertTrue(german.driver().getTitle().startsWith("Anmelden · "), german.driver().getTitle());

            // An empty form is refused before any attempt is counted, in German too.
            german.clickAndWaitForPage(SUBMIT);
            assertEquals(List.of("Geben Sie Ihre E-Mail-Adresse ein.", "Geben Sie Ihr Passwort ein."), german.messages(MESSAGES));
        }
    }

    @Test
    void aPersonWhoChoseGermanGetsGermanPagesInAnEnglishBrowser() {
        browser.open("/login.xhtml");
        assertEquals("Sign in", browser.text(SUBMIT), "an English browser before signing in");

        browser.signIn(DemoUsers.GERMAN_LEARNER, DemoUsers.PASSWORD);

        assertEquals("Willkommen, Lena Lernende", browser.text(GREETING));
        assertEquals("Abmelden", browser.text(SIGN_OUT));
        assertEquals("de", browser.driver().findElement(By.tagName("html")).getDomAttribute("lang"));
    }

    @Test
    void theSignInFormWorksWithTheKeyboardAlone() {
        browser.open("/login.xhtml");
        browser.waitUntilFocused("signIn:email");

        browser.pressKeys(DemoUsers.INSTRUCTOR, Keys.TAB);
        browser.waitUntilFocused("signIn:password");
        browser.whileLoadingNextPage(() -> browser.pressKeys(DemoUsers.PASSWORD, Keys.ENTER));

        assertEquals("/index.xhtml", browser.path());
        assertEquals("Welcome, Ines Instructor", browser.text(GREETING));
    }

    @Test
    void theSignInPageAndTheDashboardRunTheirScriptsWithoutContentSecurityPolicyViolations() {
        browser.console(); // forget what earlier tests' pages logged
        browser.signIn(DemoUsers.INSTRUCTOR, DemoUsers.PASSWORD);
        assertEquals("/index.xhtml", browser.path());

        List<String> violations = browser.console().stream()
                .map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy") || message.contains("Content-Security-Policy"))
                .toList();
        assertEquals(List.of(), violations);
        List<String> widgets = browser.primeFacesWidgets();
        assertTrue(widgets.contains("widget_shell_mainMenu"), "the menu's script ran: " + widgets);
    }
}
