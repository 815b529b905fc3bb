package org.lms.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lms.it.support.DemoUsers;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The Organizations screen: the tree with people per subtree; create, rename, move within scope,
 * and delete only once empty. Every test works below organizations of its own.
 */
class OrganizationsScreenBrowserIT extends BrowserTest {

    private PeopleScreens screens;

    @BeforeEach
    void screens() {
        screens = new PeopleScreens(browser);
    }

    @Test
    void anAdministratorCreatesRenamesMovesAndDeletesAnOrganization() {
        String token = PeopleScreens.unique();
        String parent = "Unit " + token;
        String child = "<b onmouseover=window.lmsXss=1>Team</b> " + token;
        browser.signIn(DemoUsers.ADMIN, DemoUsers.PASSWORD);
        browser.open("/admin/organizations.xhtml");
        open("Sales");
        addChild(parent);
        open("Sales");
        addChild("Other " + token);
        open(parent);
        addChild(child);
        assertTrue(names().contains(child), "the name shows as text: " + names());
        assertFalse(browser.plantedScriptRan());

        browser.open("/admin/users.xhtml");
        assertTrue(browser.options("users:organization").contains(child), "text in the user list's filter too");
        assertFalse(browser.plantedScriptRan());
        browser.open("/admin/organizations.xhtml");

        open(child);
        browser.type(By.id("organization:rename"), "Squad " + token);
        browser.clickAndWait(By.id("organization:saveName"));
        assertEquals(List.of("The organization is now called Squad " + token + "."), browser.messages("messages"));

        browser.choose("organization:newParent", "Other " + token);
        browser.clickAndWait(By.id("organization:move"));
        assertEquals(List.of("Squad " + token + " was moved."), browser.messages("messages"));
        assertFalse(browser.options("organization:newParent").contains("Squad " + token), "never below itself");

        browser.clickAndWait(By.id("organization:delete"));
        browser.clickAndWait(By.id("organization:reallyDelete"));
        assertEquals(List.of("The organization Squad " + token + " was deleted."), browser.messages("messages"));
        assertFalse(names().contains("Squad " + token));
    }

    @Test
    void anOrganizationWithPeopleIsDeletedOnlyAfterTheyMoved() {
        String token = PeopleScreens.unique();
        String unit = "Crowded " + token;
        browser.signIn(DemoUsers.ADMIN, DemoUsers.PASSWORD);
        browser.open("/admin/organizations.xhtml");
        open("Sales");
        addChild(unit);
        screens.createUser("Mia Mover " + token, PeopleScreens.email(token), unit, null, null);

        browser.open("/admin/organizations.xhtml");
        assertEquals("1", peopleOf(unit), "the tree counts the people of each subtree");
        open(unit);
        browser.clickAndWait(By.id("organization:delete"));
        browser.clickAndWait(By.id("organization:reallyDelete"));
        assertTrue(Pattern.matches("The organization still holds 1 people, 0 sub-organizations, 0 groups and 0 courses; .*",
                browser.messages("messages").get(0)), browser.messages("messages").toString());

        // Its people move through the user list's bulk action, then it goes.
        browser.clickAndWaitForPage(By.id("organization:showPeople"));
        assertEquals(1, screens.rows().size());
        browser.clickAndWait(By.cssSelector("[id='users:table'] th .ui-chkbox-box"));
        browser.choose("users:bulkAction", "Move to an organization");
        browser.choose("users:bulkOrganization", "Sales");
        browser.clickAndWait(By.id("users:applyBulk"));
        assertEquals("Done for 1 user; 0 left unchanged.", browser.text(By.id("bulkSummary")));

        browser.open("/admin/organizations.xhtml");
        open(unit);
        browser.clickAndWait(By.id("organization:delete"));
        browser.clickAndWait(By.id("organization:reallyDelete"));
        assertEquals(List.of("The organization " + unit + " was deleted."), browser.messages("messages"));
    }

    @Test
    void anOrganizationAdministratorSeesTheirSubtreeOnly() {
        browser.signIn(DemoUsers.ORG_ADMIN, DemoUsers.PASSWORD);
        browser.open("/admin/organizations.xhtml");
        List<String> names = names();
        assertEquals("Engineering", names.get(0), names.toString());
        assertTrue(names.contains("Platform Team"), names.toString());
        assertFalse(names.contains("Sales") || names.contains("Acme Corporation"), names.toString());
        open("Engineering");
        browser.clickAndWait(By.id("organization:delete"));
        browser.clickAndWait(By.id("organization:reallyDelete"));
        assertEquals(List.of("You cannot delete the organization you belong to."), browser.messages("messages"));
    }

    private void open(String name) {
        browser.clickAndWait(By.xpath("//a[contains(@class,'organization-name') and normalize-space(text())="
                + xpathLiteral(name) + "]"));
        assertEquals(name, browser.text(By.id("openedName")));
    }

    private void addChild(String name) {
        browser.type(By.id("organization:childName"), name);
        browser.clickAndWait(By.id("organization:addChild"));
        assertEquals(List.of("The organization " + name + " was created."), browser.messages("messages"));
    }

    private List<String> names() {
        return browser.texts("a.organization-name");
    }

    private String peopleOf(String name) {
        WebElement row = browser.driver().findElements(By.cssSelector("[id='tree:organizations'] tr")).stream()
                .filter(r -> !r.findElements(By.cssSelector("a.organization-name")).isEmpty()
                        && r.findElement(By.cssSelector("a.organization-name")).getText().trim().equals(name))
                .findFirst().orElseThrow();
        return row.findElement(By.cssSelector(".people-count")).getText().trim();
    }

    private static String xpathLiteral(String text) {
        return text.contains("'") ? "concat('" + text.replace("'", "', \"'\", '") + "')" : "'" + text + "'";
    }
}
