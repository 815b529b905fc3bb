package org.lms.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lms.it.support.DemoUsers;
import org.openqa.selenium.By;

/**
 * The "Why?" page: a decision with its reasons for a person of one's scope, denied and allowed,
 * with and without a target; nothing outside the scope is offered, and asking for it by address
 * answers "not found".
 */
class WhyScreenBrowserIT extends BrowserTest {

    private PermissionScreens screens;
    private PeopleScreens people;

    @BeforeEach
    void screens() {
        screens = new PermissionScreens(browser);
        people = new PeopleScreens(browser);
    }

    @Test
    void anOrganizationAdministratorReadsTheReasonsOfADeniedAndAnAllowedDecision() {
        browser.signIn(DemoUsers.ORG_ADMIN, DemoUsers.PASSWORD);
        browser.open("/admin/why.xhtml");

        screens.choose("why:user", "leo", "Leo Learner (" + DemoUsers.LEARNER + ")");
        screens.pick("why:privilege", "Manage users");
        browser.clickAndWait(By.id("why:explain"));
        assertEquals("Not allowed", screens.verdict());
        assertTrue(browser.isPresent(By.cssSelector(".decision.denied")));
        assertEquals(List.of("Leo Learner has the role Learner.", "The role does not hold the privilege Manage users.",
                "Not allowed."), screens.reasons());

        screens.pick("why:privilege", "View own history");
        assertFalse(browser.isPresent(By.id("verdict")), "a changed question hides the old answer");
        browser.clickAndWait(By.id("why:explain"));
        assertEquals("Allowed", screens.verdict());
        assertTrue(browser.isPresent(By.cssSelector(".decision.allowed")));
        assertEquals(List.of("Leo Learner has the role Learner.", "The role holds the privilege View own history.", "Allowed."),
                screens.reasons());

        // With a target: the scope check shows both organization paths.
        screens.choose("why:user", "olga", "Olga Orgadmin (" + DemoUsers.ORG_ADMIN + ")");
        screens.pick("why:privilege", "Manage groups");
        screens.pick("why:targetType", "Group");
        screens.choose("why:target", "new", "New Hires (Engineering)");
        browser.clickAndWait(By.id("why:explain"));
        assertEquals("Allowed", screens.verdict());
        assertEquals("May Olga Orgadmin (" + DemoUsers.ORG_ADMIN + ") use the privilege Manage groups on New Hires (Engineering)?",
                browser.text(By.id("question")));
        List<String> reasons = screens.reasons();
        assertTrue(reasons.stream().anyMatch(r -> r.startsWith("The user acts within /") && r.endsWith("inside it.")), reasons.toString());
    }

    @Test
    void nothingOutsideTheScopeIsOfferedAndAskingForItByAddressIsNotFound() {
        browser.signIn(DemoUsers.ADMIN, DemoUsers.PASSWORD);
        browser.open("/admin/users.xhtml");
        people.search(DemoUsers.SALES_LEARNER);
        String salesLearner = people.firstUserId();
        people.search(DemoUsers.LEARNER);
        String learner = people.firstUserId();
        browser.forgetSession();

        browser.signIn(DemoUsers.ORG_ADMIN, DemoUsers.PASSWORD);
        browser.open("/admin/why.xhtml");
        assertEquals(List.of("No results found"), screens.offers("why:user", "sam"));
        screens.pick("why:targetType", "Group");
        assertEquals(List.of("No results found"), screens.offers("why:target", "Sales Team"));

        browser.open("/admin/why.xhtml?user=" + salesLearner + "&privilege=VIEW_REPORTS");
        PeopleScreens.assertNotFoundPage(browser);
        browser.open("/admin/why.xhtml?user=abc");
        PeopleScreens.assertNotFoundPage(browser);

        // The page opened from Edit User's link explains at once.
        people.openEditUser(DemoUsers.LEARNER);
        browser.clickAndWaitForPage(By.id("why"));
        assertEquals("/admin/why.xhtml", browser.path());
        assertEquals("user=" + learner, browser.query());
        assertEquals("Leo Learner (" + DemoUsers.LEARNER + ")", browser.visible(By.id("why:user_input")).getDomProperty("value"));
        browser.open("/admin/why.xhtml?user=" + learner + "&privilege=MANAGE_USERS");
        assertEquals("Not allowed", screens.verdict());
    }

    @Test
    void theDecisionReadsInThePersonsLanguage() {
        browser.signIn(DemoUsers.ADMIN, DemoUsers.PASSWORD);
        browser.open("/admin/users.xhtml");
        people.search(DemoUsers.LEARNER);
        String learner = people.firstUserId();

        try (Browser german = Browser.start(Browser.GERMAN)) {
            german.signIn(DemoUsers.ADMIN, DemoUsers.PASSWORD);
            german.open("/admin/why.xhtml?user=" + learner + "&privilege=MANAGE_USERS");
            PermissionScreens inGerman = new PermissionScreens(german);
            assertEquals("Nicht erlaubt", inGerman.verdict());
            assertEquals(List.of("Leo Learner hat die Rolle Lernender.", "Die Rolle enthält die Berechtigung Benutzer verwalten nicht.",
                    "Nicht erlaubt."), inGerman.reasons());
        }
    }
}
