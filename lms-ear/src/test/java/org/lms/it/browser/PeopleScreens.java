package org.lms.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.lms.it.support.RunningApplication;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The moves the people screens' browser tests share: make a fresh user through New user, find
 * people in the user list, fetch what a link downloads with the browser's session. Tests make
 * their own people and never change the demo users other tests rely on.
 */
final class PeopleScreens {

    /** A password that meets the account's policy. */
    static final String GOOD_PASSWORD = "Fresh-Password-2026";

    private final Browser browser;

    PeopleScreens(Browser browser) {
        this.browser = browser;
    }

    /** Something no other test run uses, for names and emails. */
    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    static String email(String token) {
        return "person-" + token + "@people.example";
    }

    /**
     * Creates a user through New user as the signed-in administrator. Without an initial password
     * the page shows a set-password link, which is returned; with one, null.
     */
    String createUser(String name, String email, String organization, String role, String initialPassword) {
        browser.open("/admin/new-user.xhtml");
        browser.type(By.id("newUser:name"), name);
        browser.type(By.id("newUser:email"), email);
        if (organization != null) {
            browser.choose("newUser:organization", organization);
        }
        if (role != null) {
            browser.choose("newUser:role", role);
        }
        if (initialPassword != null) {
            browser.clickAndWait(By.cssSelector("label[for='newUser:passwordChoice:1']"));
            browser.type(By.id("newUser:password"), initialPassword);
        }
        browser.clickAndWaitForPage(By.id("newUser:create"));
        assertEquals(name + " was created.", browser.text(By.id("createdMessage")),
                "created; messages: " + browser.messages("messages"));
        if (initialPassword != null) {
            assertTrue(!browser.isPresent(By.id("newUser:linkText")), "no link when a password was set");
            return null;
        }
        return browser.visible(By.id("newUser:linkText")).getDomProperty("value");
    }

    /** The rows of the user list now shown: each row's texts by column class. */
    List<WebElement> rows() {
        return browser.driver().findElements(By.cssSelector("[id='users:table_data'] tr[data-rk]"));
    }

    /** Types a search into the user list and waits until every row shown matches it. */
    void search(String text) {
        browser.type(By.id("users:text"), text);
        browser.waitFor("the list to show only matches of " + text, () -> rows().stream()
                .allMatch(row -> row.getText().toLowerCase(java.util.Locale.ROOT).contains(text.toLowerCase(java.util.Locale.ROOT))));
    }

    String cell(WebElement row, String cssClass) {
        return row.findElement(By.cssSelector("." + cssClass)).getText().trim();
    }

    /** Opens Edit User of the one user the list shows for {@code email}. */
    void openEditUser(String email) {
        browser.open("/admin/users.xhtml");
        search(email);
        List<WebElement> rows = rows();
        assertEquals(1, rows.size(), "one row for " + email);
        browser.clickAndWaitForPage(By.cssSelector("[id='users:table_data'] a.user-email"));
        assertEquals("/admin/user.xhtml", browser.path());
    }

    /** The id in the Edit User address of the first row the list shows. */
    String firstUserId() {
        String href = browser.driver().findElement(By.cssSelector("[id='users:table_data'] a.user-name")).getAttribute("href");
        return href.substring(href.indexOf("id=") + 3);
    }

    /** GETs a path of the portal with the browser's session, as a download would. */
    HttpResponse<byte[]> download(String path) {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
        String url = path.startsWith("http") ? path : RunningApplication.url(path);
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Cookie", "JSESSIONID=" + browser.cookie("JSESSIONID"))
                .header("Accept-Language", "en").timeout(Duration.ofSeconds(60)).GET().build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void assertNotFoundPage(Browser browser) {
        assertEquals("Page not found", browser.title(), browser.path());
        assertTrue(browser.isPresent(By.id("notFound")), browser.path());
    }
}
