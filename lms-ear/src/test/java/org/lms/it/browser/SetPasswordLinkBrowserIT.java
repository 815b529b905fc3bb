package org.lms.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lms.it.support.DemoUsers;
import org.openqa.selenium.By;

/**
 * The set-password link: made with a new user (or from Edit User), shown once to the
 * administrator, used once by the person on a public page to choose a password under the policy.
 */
class SetPasswordLinkBrowserIT extends BrowserTest {

    @Test
    void aNewUserChoosesTheirPasswordThroughTheLinkOnceAndSignsIn() {
        String token = PeopleScreens.unique();
        String email = PeopleScreens.email(token);
        browser.signIn(DemoUsers.ADMIN, DemoUsers.PASSWORD);
        String link = new PeopleScreens(browser).createUser("Ivo Invited " + token, email, null, null, null);
        assertTrue(link.contains("/set-password.xhtml?token="), link);
        browser.forgetSession();

        String path = URI.create(link).getRawPath() + "?" + URI.create(link).getRawQuery();
        browser.open(path);
        assertEquals("For " + email, browser.text(By.id("forEmail")));
        browser.type(By.id("setPassword:password"), "weak");
        browser.type(By.id("setPassword:confirmation"), "weak");
        browser.clickAndWaitForPage(By.id("setPassword:submit"));
        assertTrue(browser.driver().getPageSource().contains("A password needs at least"), "the policy applies");

        browser.type(By.id("setPassword:password"), PeopleScreens.GOOD_PASSWORD);
        browser.type(By.id("setPassword:confirmation"), PeopleScreens.GOOD_PASSWORD);
        browser.clickAndWaitForPage(By.id("setPassword:submit"));
        assertTrue(browser.text(By.id("done")).startsWith("Your password is set."));

        browser.open(path);
        assertEquals("This link has been used already. Ask your administrator for a new one.", browser.text(By.id("linkProblem")));
        assertFalse(browser.isPresent(By.id("setPassword:password")));

        browser.signIn(email, PeopleScreens.GOOD_PASSWORD);
        assertEquals("/index.xhtml", browser.path());
    }

    @Test
    void aNewLinkFromEditUserReplacesTheOldOne() {
        String token = PeopleScreens.unique();
        String email = PeopleScreens.email(token);
        browser.signIn(DemoUsers.ADMIN, DemoUsers.PASSWORD);
        PeopleScreens screens = new PeopleScreens(browser);
        String first = screens.createUser("Rena Reset " + token, email, null, null, null);
        screens.openEditUser(email);
        browser.clickAndWait(By.id("password:issueLink"));
        String second = browser.visible(By.id("password:linkText")).getDomProperty("value");
        assertFalse(second.equals(first));
        browser.forgetSession();

        browser.open(URI.create(first).getRawPath() + "?" + URI.create(first).getRawQuery());
        assertEquals("This link is not valid. Check that you copied all of it, or ask your administrator for a new one.",
                browser.text(By.id("linkProblem")), "the older link stopped working");
        browser.open(URI.create(second).getRawPath() + "?" + URI.create(second).getRawQuery());
        assertEquals("For " + email, browser.text(By.id("forEmail")));
    }

    @Test
    void anUnknownLinkSaysSo() {
        for (String query : List.of("?token=not-a-real-token", "")) {
            browser.open("/set-password.xhtml" + query);
            assertTrue(browser.text(By.id("linkProblem")).startsWith("This link is not valid."));
        }
    }
}
