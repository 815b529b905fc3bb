package org.lms.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.openqa.selenium.By;

/**
 * The moves the content screens' browser tests share: a new course through the content library,
 * and assigning it to one person through the course editor's picker.
 */
final class ContentScreens {

    private final Browser browser;

    ContentScreens(Browser browser) {
        this.browser = browser;
    }

    /** Creates a course in Engineering through "New course" and answers its id, from the editor's address. */
    String createCourse(String title) {
        browser.open("/admin/courses.xhtml");
        browser.type(By.id("newCourse:title"), title);
        browser.type(By.id("newCourse:description"), "About " + title);
        browser.choose("newCourse:organization", "Engineering");
        browser.clickAndWaitForPage(By.id("newCourse:create"));
        assertEquals(title, browser.text(By.id("heading")), "the new course's editor; messages: " + browser.messages("messages"));
        String query = browser.query();
        return query.substring(query.indexOf("id=") + 3);
    }

    /** On the course editor: assigns the course to the one person the picker offers for {@code email}. */
    void assignTo(String email) {
        browser.type(By.id("assign:person_input"), email);
        By offer = By.cssSelector("[id='assign:person_panel'] li.ui-autocomplete-item");
        browser.waitFor("the picker to offer " + email, () -> !browser.driver().findElements(offer).isEmpty()
                && browser.text(offer).contains(email));
        browser.clickAndWait(offer);
        browser.clickAndWait(By.id("assign:assignButton"));
        assertEquals(List.of("Assigned: 1 people newly enrolled."), browser.messages("messages"));
    }
}
