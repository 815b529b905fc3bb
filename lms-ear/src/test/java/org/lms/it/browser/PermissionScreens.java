package org.lms.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

/**
 * The moves the tests of the Roles, Why? and Audit log screens share: the privilege matrix's
 * checkboxes by their accessible names ("Manage groups for Publisher"), composing a role, picking
 * from PrimeFaces menus and pickers as a person does, and typing dates.
 */
final class PermissionScreens {

    private final Browser browser;

    PermissionScreens(Browser browser) {
        this.browser = browser;
    }

    /** The matrix's checkbox of a privilege (its English name) for a role (its name), by accessible name. */
    WebElement cell(String privilege, String role) {
        return browser.visible(By.cssSelector("input[type=checkbox][aria-label=\"" + privilege + " for " + css(role) + "\"]"));
    }

    boolean ticked(String privilege, String role) {
        return cell(privilege, role).isSelected();
    }

    boolean editable(String privilege, String role) {
        return cell(privilege, role).isEnabled();
    }

    /** Ticks or unticks a cell of the column being composed, as a person at the keyboard does (Space). */
    void toggle(String privilege, String role) {
        WebElement box = cell(privilege, role);
        box.sendKeys(Keys.SPACE);
    }

    /** The names in the matrix's column headers, left to right. */
    List<String> roleNames() {
        return browser.texts("#matrix thead .role-name");
    }

    /** The header of a role's column, by the role's name. */
    WebElement header(String role) {
        return browser.driver().findElements(By.cssSelector("#matrix thead th.role-head")).stream()
                .filter(th -> th.findElement(By.cssSelector(".role-name")).getText().trim().equals(role))
                .findFirst().orElseThrow(() -> new AssertionError("no column for " + role + " in " + roleNames()));
    }

    /** Clicks a column's action ("Change", "Clone", "Delete") by its accessible name, e.g. "Change Helpers". */
    void columnAction(String accessibleName) {
        browser.clickAndWait(By.cssSelector("button[aria-label=\"" + css(accessibleName) + "\"]"));
    }

    /** Composes a new role in the matrix's draft column and creates it; returns the page's message. */
    List<String> createRole(String name, String... privileges) {
        browser.open("/admin/roles.xhtml");
        browser.clickAndWait(By.id("roles:newRole"));
        browser.waitUntilFocused("roles:name");
        browser.type(By.id("roles:name"), name);
        for (String privilege : privileges) {
            toggle(privilege, "the new role");
        }
        browser.clickAndWait(By.id("roles:create"));
        return browser.messages("messages");
    }

    /** The texts of the impact preview's lines, without their + and − marks. */
    List<String> impact() {
        return browser.driver().findElements(By.cssSelector("#impact li")).stream()
                .map(li -> li.getText().replaceFirst("^[+−]\\s*", "").trim()).toList();
    }

    /**
     * Chooses an entry of a PrimeFaces select menu the way a person does: opens it and clicks the
     * entry (the widget's own selectValue misses entries inside option groups).
     */
    void pick(String selectId, String label) {
        // The list's panel slides open and shut: an entry clicked while it still moves (closing after
        // the last choice, or opening) is not there to be clicked, so the panel is first let come to rest.
        String panel = selectId + "_panel";
        browser.waitFor("the list " + selectId + " closed", () -> panelAtRest(panel, false));
        browser.clickAndWait(By.id(selectId));
        browser.waitFor("the list " + selectId + " open", () -> panelAtRest(panel, true));
        browser.clickAndWait(By.cssSelector("[id='" + panel + "'] li[data-label=\"" + css(label) + "\"]"));
        assertEquals(label, browser.text(By.id(selectId + "_label")), "the list shows the choice");
    }

    /** Whether a select menu's panel is shown ({@code open}) or hidden, and not moving. */
    private boolean panelAtRest(String panelId, boolean open) {
        return Boolean.TRUE.equals(browser.driver().executeScript("var panel = jQuery(document.getElementById(arguments[0]));"
                + " return panel.length === 1 && !panel.is(':animated') && panel.is(':visible') === arguments[1];", panelId, open));
    }

    /**
     * Types into a PrimeFaces picker and returns what it offers, or the text it shows when it finds
     * nothing (PrimeFaces' own, in the page's language).
     */
    List<String> offers(String autoCompleteId, String text) {
        browser.type(By.id(autoCompleteId + "_input"), text);
        By answer = By.cssSelector("[id='" + autoCompleteId + "_panel'] li.ui-autocomplete-item,"
                + " [id='" + autoCompleteId + "_panel'] .ui-autocomplete-empty-message");
        By items = By.cssSelector("[id='" + autoCompleteId + "_panel'] li.ui-autocomplete-item");
        String typed = text.toLowerCase(Locale.ROOT);
        // On a slow machine the picker may first answer a prefix ("l" of "leo"); wait for the answer
        // to the whole text: every offer contains it, or the picker says it found nothing.
        browser.waitFor("the picker to answer " + text, () -> {
            if (!browser.driver().findElement(By.id(autoCompleteId + "_panel")).isDisplayed()) {
                return false;
            }
            try {
                List<String> offered = browser.driver().findElements(items).stream().map(e -> e.getText().trim()).toList();
                return offered.isEmpty() ? !browser.driver().findElements(answer).isEmpty()
                        : offered.stream().allMatch(o -> o.toLowerCase(Locale.ROOT).contains(typed));
            } catch (StaleElementReferenceException replaced) {
                return false;
            }
        });
        return browser.driver().findElements(answer).stream().map(e -> e.getText().trim()).toList();
    }

    /** Types into a PrimeFaces picker and picks the offer labelled {@code label}. */
    void choose(String autoCompleteId, String text, String label) {
        List<String> offered = offers(autoCompleteId, text);
        WebElement item = browser.driver().findElements(By.cssSelector("[id='" + autoCompleteId + "_panel'] li.ui-autocomplete-item"))
                .stream().filter(e -> e.getText().trim().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError("no offer " + label + " in " + offered));
        item.click();
        browser.waitUntilIdle();
        assertEquals(label, browser.visible(By.id(autoCompleteId + "_input")).getDomProperty("value"), "the picker shows the choice");
    }

    /**
     * Types a date over what a date field holds (select all, type, leave the field), as a person
     * does; an empty text clears it.
     */
    void typeDate(String datePickerId, String text) {
        WebElement input = browser.visible(By.id(datePickerId + "_input"));
        input.click();
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"));
        input.sendKeys(text.isEmpty() ? Keys.BACK_SPACE.toString() : text);
        input.sendKeys(Keys.TAB);
        browser.waitUntilIdle();
    }

    /** The decision the Why page shows: its verdict and its reasons in order. */
    String verdict() {
        return browser.text(By.id("verdict")).replaceFirst("^[✓✗]\\s*", "");
    }

    List<String> reasons() {
        return browser.texts("#reasons li");
    }

    static void assertOnlyMessage(Browser browser, String expected) {
        assertEquals(List.of(expected), browser.messages("messages"));
    }

    /** A value for a CSS attribute selector in double quotes. */
    private static String css(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
