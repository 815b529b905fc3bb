package org.lms.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lms.it.support.DemoUsers;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Account settings for Administrators and the Owner; the membership for the Owner alone, who can
 * cancel it (then only the Owner signs in) and renew it.
 */
class AccountScreensBrowserIT extends BrowserTest {

    @Test
    void anAdministratorChangesSettingsButNeverReachesTheMembership() {
        browser.signIn(DemoUsers.ADMIN, DemoUsers.PASSWORD);
        assertTrue(browser.menuLabels().contains("Account settings"), browser.menuLabels().toString());
        assertFalse(browser.menuLabels().contains("Membership"), browser.menuLabels().toString());
        browser.open("/admin/account.xhtml");
        assertEquals("Account settings", browser.text(By.cssSelector("main h1")));

        By minLength = By.id("settings:passwordMinLength_input");
        By timeout = By.id("settings:sessionTimeoutMinutes_input");
        String minLengthBefore = browser.visible(minLength).getDomProperty("value");
        String timeoutBefore = browser.visible(timeout).getDomProperty("value");
        String changed = "45".equals(timeoutBefore) ? "50" : "45";
        try {
            browser.retype(minLength, "4");
            browser.retype(timeout, changed);
            browser.clickAndWait(By.id("settings:save"));
            assertEquals("Between 8 and 128.", browser.text(By.cssSelector("[id='settings'] .ui-message-error-detail")));
            browser.open("/admin/account.xhtml");
            assertEquals(minLengthBefore, browser.visible(minLength).getDomProperty("value"));
            assertEquals(timeoutBefore, browser.visible(timeout).getDomProperty("value"), "nothing of a refused save is kept");

            browser.retype(timeout, changed);
            browser.clickAndWait(By.id("settings:save"));
            assertEquals(List.of("The settings are saved."), browser.messages("messages"));
            browser.open("/admin/account.xhtml");
            assertEquals(changed, browser.visible(timeout).getDomProperty("value"));
        } finally {
            // The settings are the whole account's: later tests need them as they were.
            browser.open("/admin/account.xhtml");
            browser.retype(minLength, minLengthBefore);
            browser.retype(timeout, timeoutBefore);
            browser.clickAndWait(By.id("settings:save"));
        }

        browser.open("/admin/membership.xhtml");
        PeopleScreens.assertNotFoundPage(browser);
    }

    @Test
    void theOwnerCancelsTheMembershipAndOnlyTheOwnerSignsInUntilRenewed() {
        browser.signIn(DemoUsers.OWNER, DemoUsers.OWNER_PASSWORD);
        browser.open("/admin/account.xhtml");
        String accountName = browser.visible(By.id("settings:name")).getDomProperty("value");
        browser.open("/admin/membership.xhtml");
        assertFalse(browser.text(By.id("status")).startsWith("Status: cancelled."), browser.text(By.id("status")));

        browser.type(By.id("cancel:confirmation"), accountName + " Ltd");
        browser.clickAndWait(By.id("cancel:cancelMembership"));
        assertEquals("Type the account name exactly to confirm.",
                browser.text(By.cssSelector("[id='cancel'] .ui-message-error-detail")));
        assertFalse(browser.text(By.id("status")).startsWith("Status: cancelled."), "a wrong name cancels nothing");

        browser.type(By.id("cancel:confirmation"), accountName);
        browser.clickAndWait(By.id("cancel:cancelMembership"));
        try {
            assertEquals(List.of("The membership is cancelled."), browser.messages("messages"));
            assertTrue(browser.text(By.id("status")).startsWith("Status: cancelled."), browser.text(By.id("status")));
            browser.forgetSession();
            browser.signIn(DemoUsers.LEARNER, DemoUsers.PASSWORD);
            assertEquals("/login.xhtml", browser.path());
            assertEquals(List.of("The membership of this account is cancelled; only its Account Owner can sign in."),
                    browser.messages("signIn:messages"));
        } finally {
            browser.forgetSession();
            browser.signIn(DemoUsers.OWNER, DemoUsers.OWNER_PASSWORD);
            browser.open("/admin/membership.xhtml");
            browser.clickAndWait(By.id("cancel:renew"));
        }
        assertEquals(List.of("The membership is renewed."), browser.messages("messages"));
        browser.forgetSession();
        browser.signIn(DemoUsers.LEARNER, DemoUsers.PASSWORD);
        assertEquals("/index.xhtml", browser.path());
    }

    @Test
    void withSelfRegistrationOnPeopleCreateTheirOwnLearnerAccount() {
        browser.open("/login.xhtml");
        assertFalse(browser.isPresent(By.id("registerLink")), "closed by default");
        browser.open("/register.xhtml");
        assertTrue(browser.isPresent(By.id("closed")));
        assertFalse(browser.isPresent(By.id("register:submit")));

        setSelfRegistration(true);
        try {
            browser.forgetSession();
            browser.open("/login.xhtml");
            browser.clickAndWaitForPage(By.id("registerLink"));
            assertEquals("/register.xhtml", browser.path());
            String token = PeopleScreens.unique();
            String email = PeopleScreens.email(token);
            browser.type(By.id("register:name"), "<b>Rita</b> Registered " + token);
            browser.type(By.id("register:email"), email);
            browser.type(By.id("register:password"), "short");
            browser.type(By.id("register:confirmation"), "short");
            browser.clickAndWaitForPage(By.id("register:submit"));
            assertTrue(browser.text(By.cssSelector("[id='register'] .ui-message-error-detail")).startsWith("A password needs at least"));

            browser.type(By.id("register:password"), PeopleScreens.GOOD_PASSWORD);
            browser.type(By.id("register:confirmation"), PeopleScreens.GOOD_PASSWORD);
            browser.clickAndWaitForPage(By.id("register:submit"));
            assertTrue(browser.text(By.id("done")).startsWith("Your account is ready."));

            browser.signIn(email, PeopleScreens.GOOD_PASSWORD);
            assertEquals("Welcome, <b>Rita</b> Registered " + token, browser.text(By.id("greeting")), "the name shows as text");
            assertEquals("You are signed in as Learner in Acme Corporation.", browser.text(By.id("roleAndOrganization")));
        } finally {
            setSelfRegistration(false);
        }
    }

    @Test
    void anAdministratorUploadsALogoThatShowsInTheTopBarAndOnTheSignInPage() throws IOException {
        Path png = Files.createTempFile("logo", ".png");
        Path svg = Files.createTempFile("logo", ".png");
        Files.write(png, Base64.getDecoder().decode(
                "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="));
        Files.writeString(svg, "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"window.lmsXss=1\"/>");
        browser.signIn(DemoUsers.ADMIN, DemoUsers.PASSWORD);
        browser.open("/admin/account.xhtml");
        assertTrue(browser.isPresent(By.id("logoForm:noLogo")));
        try {
            browser.driver().findElement(By.id("logoForm:logo")).sendKeys(svg.toString());
            browser.clickAndWaitForPage(By.id("logoForm:uploadLogo"));
            assertEquals("Choose a PNG, JPEG, GIF or WebP image.",
                    browser.text(By.cssSelector("[id='logoForm'] .ui-message-error-detail")), "a name ending in .png proves nothing");

            browser.driver().findElement(By.id("logoForm:logo")).sendKeys(png.toString());
            browser.clickAndWaitForPage(By.id("logoForm:uploadLogo"));
            assertEquals(List.of("The logo is saved."), browser.messages("messages"));
            browser.clickAndWait(By.id("settings:save"));
            assertEquals(List.of("The settings are saved."), browser.messages("messages"),
                    "the settings form carries on after a logo upload on the same page");
            browser.open("/index.xhtml");
            assertLogoShows("shell:logo");
            browser.forgetSession();
            browser.open("/login.xhtml");
            assertLogoShows("logo");
        } finally {
            browser.forgetSession();
            browser.signIn(DemoUsers.ADMIN, DemoUsers.PASSWORD);
            browser.open("/admin/account.xhtml");
            if (browser.isPresent(By.id("logoForm:removeLogo"))) {
                browser.clickAndWaitForPage(By.id("logoForm:removeLogo"));
            }
            Files.deleteIfExists(png);
            Files.deleteIfExists(svg);
        }
        assertEquals(List.of("The logo is removed."), browser.messages("messages"));
        assertFalse(browser.isPresent(By.id("shell:logo")), "the name shows again");
    }

    private void assertLogoShows(String id) {
        WebElement logo = browser.visible(By.id(id));
        assertFalse(logo.getAttribute("alt").isBlank(), "the account name is the logo's text");
        browser.waitFor("the logo to load", () -> Long.valueOf(1).equals(
                browser.driver().executeScript("return arguments[0].complete ? arguments[0].naturalWidth : 0;", logo)));
    }

    private void setSelfRegistration(boolean open) {
        browser.forgetSession();
        browser.signIn(DemoUsers.ADMIN, DemoUsers.PASSWORD);
        browser.open("/admin/account.xhtml");
        By box = By.cssSelector("[id='settings:selfRegistration'] .ui-chkbox-box");
        boolean checked = browser.visible(box).getAttribute("class").contains("ui-state-active");
        if (checked != open) {
            browser.visible(box).click();
        }
        browser.clickAndWait(By.id("settings:save"));
        assertEquals(List.of("The settings are saved."), browser.messages("messages"));
        browser.forgetSession();
    }
}
