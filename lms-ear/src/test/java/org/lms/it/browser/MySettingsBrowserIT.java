package org.lms.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lms.it.support.DemoUsers;
import org.openqa.selenium.By;

/**
 * My settings, for everyone: email confirmed with the current password, password under the
 * account's policy, language and time zone. The person is made fresh, so no demo user changes.
 */
class MySettingsBrowserIT extends BrowserTest {

    @Test
    void aPersonChangesEmailPasswordAndLanguageAndStaysSignedIn() {
        String token = PeopleScreens.unique();
        String email = PeopleScreens.email(token);
        browser.signIn(DemoUsers.ADMIN, DemoUsers.PASSWORD);
        new PeopleScreens(browser).createUser("Sina Settings " + token, email, null, null, PeopleScreens.GOOD_PASSWORD);
        browser.forgetSession();

        browser.signIn(email, PeopleScreens.GOOD_PASSWORD);
        browser.clickAndWaitForPage(By.id("shell:mySettings"));
        assertEquals("/settings.xhtml", browser.path());

        // Email: the current password confirms it.
        String newEmail = PeopleScreens.email(token + "-new");
        browser.type(By.id("email:newEmail"), newEmail);
        browser.type(By.id("email:currentPassword"), "not-my-password");
        browser.clickAndWait(By.id("email:saveEmail"));
        assertEquals("The current password is not correct.", browser.text(By.cssSelector("[id='email'] .ui-message-error-detail")));
        browser.type(By.id("email:currentPassword"), PeopleScreens.GOOD_PASSWORD);
        browser.clickAndWait(By.id("email:saveEmail"));
        assertEquals(List.of("Your email address was changed."), browser.messages("messages"));

        // Password: the policy holds, and this session carries on after the change.
        browser.type(By.id("password:currentPassword"), PeopleScreens.GOOD_PASSWORD);
        browser.type(By.id("password:newPassword"), "short");
        browser.type(By.id("password:confirmation"), "short");
        browser.clickAndWaitForPage(By.id("password:savePassword"));
        assertTrue(browser.driver().getPageSource().contains("A password needs at least"), "the policy's reason is shown");
        String newPassword = "Changed-Password-2026";
        browser.type(By.id("password:currentPassword"), PeopleScreens.GOOD_PASSWORD);
        browser.type(By.id("password:newPassword"), newPassword);
        browser.type(By.id("password:confirmation"), newPassword);
        browser.clickAndWaitForPage(By.id("password:savePassword"));
        assertEquals(List.of("Your password was changed. You stay signed in here; your other sessions have ended."),
                browser.messages("messages"));
        browser.open("/index.xhtml");
        assertEquals("Welcome, Sina Settings " + token, browser.text(By.id("greeting")), "still signed in");

        // Language: the portal speaks German from the next page on.
        browser.open("/settings.xhtml");
        browser.choose("preferences:language", "Deutsch");
        browser.choose("preferences:timeZone", "Europe/Berlin");
        browser.clickAndWaitForPage(By.id("preferences:savePreferences"));
        assertEquals("Ihre Sprache und Zeitzone wurden gespeichert.", browser.text(By.id("preferencesSaved")));
        assertEquals("Meine Einstellungen", browser.text(By.cssSelector("main h1")));

        browser.forgetSession();
        browser.signIn(newEmail, newPassword);
        assertEquals("/index.xhtml", browser.path(), "the new email and password sign in");
    }

    @Test
    void myProfileLinkIsOnEveryonesTopBar() {
        browser.signIn(DemoUsers.REPORTER, DemoUsers.PASSWORD);
        browser.clickAndWaitForPage(By.id("shell:mySettings"));
        assertEquals("My settings", browser.text(By.cssSelector("main h1")));
        assertEquals("Email address", browser.label("email:newEmail"));
        assertEquals(DemoUsers.REPORTER, browser.visible(By.id("email:newEmail")).getDomProperty("value"));
    }
}
