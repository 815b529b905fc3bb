package org.lms.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lms.it.support.DemoUsers;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The Groups screen: create, rename, delete within scope, and members through the searchable picker. */
class GroupsScreenBrowserIT extends BrowserTest {

    private static final By GROUP_NAMES = By.cssSelector("[id='groups:table_data'] a.group-name");

    private PeopleScreens screens;

    @BeforeEach
    void screens() {
        screens = new PeopleScreens(browser);
    }

    @Test
    void anAdministratorCreatesAGroupManagesItsMembersRenamesAndDeletesIt() {
        String token = PeopleScreens.unique();
        browser.signIn(DemoUsers.ADMIN, DemoUsers.PASSWORD);
        screens.createUser("Gina Group " + token, PeopleScreens.email(token), "Sales", null, null);

        String name = "<script>window.lmsXss=1</script> Crew " + token;
        browser.open("/admin/groups.xhtml");
        browser.type(By.id("newGroup:name"), name);
        browser.choose("newGroup:organization", "Sales");
        browser.clickAndWait(By.id("newGroup:create"));
        assertEquals(List.of("The group " + name + " was created."), browser.messages("messages"));
        assertEquals(name, browser.text(By.id("openedName")), "the new group is opened, its name shown as text");
        assertFalse(browser.plantedScriptRan());

        browser.type(By.id("group:picker_input"), token);
        By offer = By.cssSelector("[id='group:picker_panel'] li.ui-autocomplete-item");
        browser.waitFor("the picker to offer the new person", () -> !browser.driver().findElements(offer).isEmpty());
        assertEquals("Gina Group " + token + " (" + PeopleScreens.email(token) + ")", browser.text(offer));
        browser.clickAndWait(offer);
        browser.clickAndWait(By.id("group:addMember"));
        assertEquals(List.of("Gina Group " + token + " was added to " + name + "."), browser.messages("messages"));
        assertEquals(List.of("Gina Group " + token), memberNames());
        assertEquals("1", groupRow(name).findElements(By.tagName("td")).get(2).getText().trim());

        // The name is text in the other screens' lists too.
        browser.open("/admin/users.xhtml");
        assertTrue(browser.options("users:group").contains(name), browser.options("users:group").toString());
        screens.openEditUser(PeopleScreens.email(token));
        assertEquals(List.of(name), browser.texts("#userGroups .group-name"));
        assertFalse(browser.plantedScriptRan());
        browser.open("/admin/groups.xhtml");
        search(token);
        browser.clickAndWait(GROUP_NAMES);

        browser.type(By.id("group:rename"), "Renamed crew " + token);
        browser.clickAndWait(By.id("group:saveName"));
        assertEquals("Renamed crew " + token, browser.text(By.id("openedName")));

        browser.clickAndWait(By.cssSelector("[id='group:members_data'] button.remove-member"));
        assertEquals(List.of(), memberNames());

        browser.clickAndWait(By.id("group:delete"));
        browser.clickAndWait(By.id("group:reallyDelete"));
        assertEquals(List.of("The group Renamed crew " + token + " was deleted."), browser.messages("messages"));
        search(token);
        assertEquals(List.of(), names());
    }

    @Test
    void anOrganizationAdministratorManagesOnlyTheGroupsOfTheirSubtree() {
        browser.signIn(DemoUsers.ORG_ADMIN, DemoUsers.PASSWORD);
        browser.open("/admin/groups.xhtml");
        List<String> names = names();
        assertTrue(names.containsAll(List.of("New Hires", "Platform On-Call")), names.toString());
        assertFalse(names.contains("Sales Team"), names.toString());
        List<String> organizations = browser.options("newGroup:organization");
        assertFalse(organizations.contains("Sales"), organizations.toString());

        // The picker offers only people who could join: of the group's organization or below, not members yet.
        browser.clickAndWait(By.xpath("//a[contains(@class,'group-name') and text()='New Hires']"));
        browser.type(By.id("group:picker_input"), "acme.example");
        By offer = By.cssSelector("[id='group:picker_panel'] li.ui-autocomplete-item");
        browser.waitFor("the picker to answer", () -> !browser.driver().findElements(offer).isEmpty());
        List<String> offered = browser.driver().findElements(offer).stream().map(e -> e.getText().trim()).toList();
        assertTrue(offered.contains("Paul Publisher (" + DemoUsers.PUBLISHER + ")"), offered.toString());
        assertFalse(offered.toString().contains("Sam Sales"), "nobody of another branch: " + offered);
        assertFalse(offered.toString().contains("Ines Instructor"), "nobody who is a member already: " + offered);
    }

    private void search(String text) {
        browser.type(By.id("groups:text"), text);
        browser.waitFor("the group list to show only matches of " + text,
                () -> names().stream().allMatch(n -> n.contains(text)));
    }

    private List<String> names() {
        return browser.driver().findElements(GROUP_NAMES).stream().map(e -> e.getText().trim()).toList();
    }

    private WebElement groupRow(String name) {
        return browser.driver().findElements(By.cssSelector("[id='groups:table_data'] tr")).stream()
                .filter(row -> row.getText().contains(name)).findFirst().orElseThrow();
    }

    private List<String> memberNames() {
        return browser.texts("[id='group:members_data'] .member-name");
    }
}
