package org.lms.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lms.it.support.DemoUsers;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The Roles screen: the privilege matrix, composing and changing custom roles with the impact of
 * a change shown before it is saved, deleting with a replacement, refusals with their reasons, and
 * who may see it at all. Every test makes its own roles and people.
 */
class RolesScreenBrowserIT extends BrowserTest {

    private PermissionScreens screens;
    private PeopleScreens people;

    @BeforeEach
    void screens() {
        screens = new PermissionScreens(browser);
        people = new PeopleScreens(browser);
    }

    @Test
    void anAdministratorComposesARoleSeesTheImpactOfAChangeConfirmsItAndDeletesTheRole() {
        String token = PeopleScreens.unique();
        String role = "<img src=x onerror=window.lmsXss=1> Helpers " + token;
        browser.signIn(DemoUsers.ADMIN, DemoUsers.PASSWORD);

        assertEquals(List.of("The role " + role + " was created."),
                screens.createRole(role, "Access reports", "View own history"));
        assertTrue(screens.roleNames().contains(role), "the new column, its name shown as text: " + screens.roleNames());
        assertFalse(browser.plantedScriptRan());
        assertTrue(screens.ticked("Access reports", role) && !screens.editable("Access reports", role), "saved, read-only now");
        assertFalse(screens.ticked("Manage groups", role));

        // Two people hold it, so the change concerns them.
        people.createUser("Hanna Helper " + token, PeopleScreens.email(token + "-1"), "Sales", role, null);
        people.createUser("Henry Helper " + token, PeopleScreens.email(token + "-2"), "Engineering", role, null);
        browser.open("/admin/roles.xhtml");
        assertEquals("2 people", screens.header(role).findElement(By.cssSelector(".role-holders")).getText().trim());

        screens.columnAction("Change " + role);
        browser.waitUntilFocused("roles:name");
        assertTrue(screens.editable("Access reports", role), "the role's column is the one being changed");
        assertFalse(screens.editable("Access reports", "Publisher"), "built-in columns stay read-only");
        screens.toggle("Manage groups", role);
        screens.toggle("Access reports", role);
        browser.clickAndWait(By.id("roles:review"));

        assertEquals("The role " + role + " is held by 2 people.", browser.text(By.id("previewHolders")));
        assertEquals(List.of("2 people gain Manage groups.", "2 people lose Access reports."), screens.impact());
        browser.waitUntilFocused("roles:confirm");
        assertFalse(browser.plantedScriptRan());

        // Nothing is saved before the confirmation: going back and cancelling leaves the role as it was.
        browser.clickAndWait(By.id("roles:backToEditing"));
        browser.clickAndWait(By.id("roles:cancel"));
        assertTrue(screens.ticked("Access reports", role) && !screens.ticked("Manage groups", role), "unchanged");

        screens.columnAction("Change " + role);
        screens.toggle("Manage groups", role);
        screens.toggle("Access reports", role);
        browser.clickAndWait(By.id("roles:review"));
        assertEquals(List.of("2 people gain Manage groups.", "2 people lose Access reports."), screens.impact());
        browser.clickAndWait(By.id("roles:confirm"));

        PermissionScreens.assertOnlyMessage(browser, "The role " + role + " was saved.");
        assertTrue(screens.ticked("Manage groups", role), "the change is applied");
        assertFalse(screens.ticked("Access reports", role));
        assertFalse(screens.editable("Manage groups", role));
        browser.open("/admin/roles.xhtml");
        assertTrue(screens.ticked("Manage groups", role) && !screens.ticked("Access reports", role), "and stored");

        // Deleting it gives its holders the replacement in the same step.
        screens.columnAction("Delete " + role);
        assertEquals("2 people hold this role. Choose the role they get instead.", browser.text(By.id("deleteHolders")));
        screens.pick("roles:replacementRoleId", "Reporter");
        browser.clickAndWait(By.id("roles:reallyDelete"));
        PermissionScreens.assertOnlyMessage(browser, "The role " + role + " was deleted.");
        assertFalse(screens.roleNames().contains(role));
        browser.open("/admin/users.xhtml");
        people.search("Helper " + token);
        assertEquals(List.of("Reporter", "Reporter"), people.rows().stream().map(r -> people.cell(r, "user-role")).toList());
        assertFalse(browser.plantedScriptRan());
    }

    @Test
    void noCustomRoleMayHoldAccountMembershipAndTheReasonIsShownInThePersonsLanguage() {
        String token = PeopleScreens.unique();
        String role = "Members " + token;
        browser.signIn(DemoUsers.ADMIN, DemoUsers.PASSWORD);
        screens.createRole(role, "View own history");

        screens.columnAction("Change " + role);
        screens.toggle("Account membership", role);
        browser.clickAndWait(By.id("roles:review"));
        PermissionScreens.assertOnlyMessage(browser, "Account membership stays with the Account Owner; no other role can hold it.");
        assertFalse(browser.isPresent(By.id("roles:preview")), "no preview of a change the service refuses");
        assertTrue(browser.isPresent(By.id("roles:review")), "still changing the role");
        browser.clickAndWait(By.id("roles:cancel"));
        assertFalse(screens.ticked("Account membership", role));

        assertEquals(List.of("Account membership stays with the Account Owner; no other role can hold it."),
                screens.createRole("Owners " + token, "Account membership"));
        assertFalse(screens.roleNames().contains("Owners " + token), "nothing was created");

        // Cloning the Owner's role carries membership along, and is refused alike.
        browser.clickAndWait(By.id("roles:cancel"));
        screens.columnAction("Clone Account Owner");
        assertEquals("Copy of Account Owner", browser.visible(By.id("roles:name")).getDomProperty("value"));
        assertTrue(screens.ticked("Account membership", "the new role"));
        browser.clickAndWait(By.id("roles:create"));
        PermissionScreens.assertOnlyMessage(browser, "Account membership stays with the Account Owner; no other role can hold it.");

        try (Browser german = Browser.start(Browser.GERMAN)) {
            german.signIn(DemoUsers.ADMIN, DemoUsers.PASSWORD);
            german.open("/admin/roles.xhtml");
            PermissionScreens inGerman = new PermissionScreens(german);
            german.clickAndWait(By.cssSelector("button[aria-label=\"" + role + " ändern\"]"));
            german.visible(By.cssSelector("input[aria-label=\"Kontomitgliedschaft für " + role + "\"]")).sendKeys(Keys.SPACE);
            german.clickAndWait(By.id("roles:review"));
            assertEquals(List.of("Die Kontomitgliedschaft bleibt beim Kontoinhaber; keine andere Rolle kann sie enthalten."),
                    german.messages("messages"));
            assertEquals(List.of(), inGerman.impact());
        }
    }

    @Test
    void aNewRoleIsComposedWithTheKeyboardAlone() {
        String token = PeopleScreens.unique();
        browser.signIn(DemoUsers.ADMIN, DemoUsers.PASSWORD);
        browser.open("/admin/roles.xhtml");
        browser.driver().findElement(By.id("roles:newRole")).sendKeys(Keys.ENTER);
        browser.waitUntilIdle();
        browser.waitUntilFocused("roles:name");
        browser.pressKeys("Keyboard " + token);

        // From the name, Tab goes through the bar's buttons and the matrix to the new role's column:
        // the only checkboxes that take the focus, the first privilege first.
        for (int i = 0; i < 20 && !browser.focusedId().endsWith(":tick"); i++) {
            browser.pressKeys(Keys.TAB);
        }
        assertTrue(browser.focusedId().endsWith(":tick"), "reached the draft column: " + browser.focusedId());
        assertEquals("Change own settings for the new role",
                browser.driver().switchTo().activeElement().getDomAttribute("aria-label"));
        browser.pressKeys(Keys.SPACE, Keys.TAB, Keys.TAB, Keys.SPACE);
        assertEquals("View own history for the new role",
                browser.driver().switchTo().activeElement().getDomAttribute("aria-label"));

        browser.driver().findElement(By.id("roles:create")).sendKeys(Keys.ENTER);
        browser.waitUntilIdle();
        PermissionScreens.assertOnlyMessage(browser, "The role Keyboard " + token + " was created.");
        browser.waitUntilFocused("roles:newRole");
        assertTrue(screens.ticked("Change own settings", "Keyboard " + token));
        assertFalse(screens.ticked("View assigned content", "Keyboard " + token));
        assertTrue(screens.ticked("View own history", "Keyboard " + token));
    }

    @Test
    void anOrganizationAdministratorSeesTheRolesReadOnlyButNotTheAuditLog() {
        browser.signIn(DemoUsers.ORG_ADMIN, DemoUsers.PASSWORD);
        List<String> menu = browser.menuLabels();
        assertTrue(menu.containsAll(List.of("Roles", "Why?")), menu.toString());
        assertFalse(menu.contains("Audit log"), menu.toString());

        browser.open("/admin/roles.xhtml");
        assertEquals("What each role may do. Only people who manage roles can change them.", browser.text(By.id("intro")));
        assertFalse(browser.isPresent(By.id("roles:newRole")));
        assertTrue(browser.driver().findElements(By.cssSelector("#matrix button")).isEmpty(), "no change, clone or delete");
        List<WebElement> boxes = browser.driver().findElements(By.cssSelector("#matrix input[type=checkbox]"));
        assertFalse(boxes.isEmpty());
        assertTrue(boxes.stream().noneMatch(WebElement::isEnabled), "every cell is read-only");
        assertTrue(screens.ticked("Manage users", "Organization Administrator"));
        assertFalse(screens.ticked("Manage roles", "Organization Administrator"));

        browser.open("/admin/audit.xhtml");
        PeopleScreens.assertNotFoundPage(browser);
        assertEquals(404, people.download("/admin/audit/export?format=csv").statusCode());
    }

    @Test
    void aLearnerCannotReachAnyOfThesePages() {
        browser.signIn(DemoUsers.LEARNER, DemoUsers.PASSWORD);
        assertFalse(browser.menuLabels().contains("Roles"), browser.menuLabels().toString());
        for (String path : List.of("/admin/roles.xhtml", "/admin/why.xhtml", "/admin/why.xhtml?user=1&privilege=MANAGE_USERS",
                "/admin/audit.xhtml")) {
            browser.open(path);
            PeopleScreens.assertNotFoundPage(browser);
        }
        assertEquals(404, people.download("/admin/audit/export?format=csv").statusCode());
        assertEquals(404, people.download("/admin/audit/export?format=xlsx&kind=ROLE_CREATED").statusCode());
    }
}
