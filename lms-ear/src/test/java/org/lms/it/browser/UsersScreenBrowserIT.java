package org.lms.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lms.it.support.DemoUsers;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The Users screen, Edit User and New user in a real browser, as the roles that use them. Every
 * test makes its own people; the demo users are only looked at.
 */
class UsersScreenBrowserIT extends BrowserTest {

    private PeopleScreens screens;

    @BeforeEach
    void screens() {
        screens = new PeopleScreens(browser);
    }

    @Test
    void anAdministratorChangesARoleThroughEditUserAndSeesItInTheList() {
        String token = PeopleScreens.unique();
        String email = PeopleScreens.email(token);
        browser.signIn(DemoUsers.ADMIN, DemoUsers.PASSWORD);
        screens.createUser("Rolf Role " + token, email, null, null, null);

        screens.openEditUser(email);
        assertEquals("Learner", browser.text(By.id("editUser:role_label")));
        browser.choose("editUser:role", "Publisher");
        browser.clickAndWaitForPage(By.id("editUser:save"));

        assertEquals("/admin/users.xhtml", browser.path());
        assertEquals(List.of("Rolf Role " + token + " was saved."), browser.messages("messages"));
        screens.search(email);
        List<WebElement> rows = screens.rows();
        assertEquals(1, rows.size());
        assertEquals("Publisher", screens.cell(rows.get(0), "user-role"));
    }

    @Test
    void anOrganizationAdministratorSeesOnlyTheirSubtreeAndIsNotOfferedTheAdministratorRole() {
        browser.signIn(DemoUsers.ADMIN, DemoUsers.PASSWORD);
        browser.open("/admin/users.xhtml");
        screens.search(DemoUsers.SALES_LEARNER);
        String salesLearnerId = screens.firstUserId();
        browser.forgetSession();

        browser.signIn(DemoUsers.ORG_ADMIN, DemoUsers.PASSWORD);
        browser.open("/admin/users.xhtml");
        screens.search("@acme.example");
        Set<String> organizations = screens.rows().stream().map(row -> screens.cell(row, "user-organization"))
                .collect(Collectors.toSet());
        assertEquals(Set.of("Engineering", "Platform Team"), organizations);
        assertFalse(browser.driver().getPageSource().contains(DemoUsers.SALES_LEARNER), "nobody of another branch is listed");
        List<String> offered = browser.options("users:organization");
        assertTrue(offered.containsAll(List.of("Engineering", "Platform Team")), offered.toString());
        assertFalse(offered.contains("Sales") || offered.contains("Acme Corporation"), offered.toString());

        browser.open("/admin/new-user.xhtml");
        List<String> roles = browser.options("newUser:role");
        assertTrue(roles.contains("Organization Administrator"), roles.toString());
        assertFalse(roles.contains("Administrator"), roles.toString());
        assertFalse(roles.contains("Account Owner"), roles.toString());

        screens.openEditUser(DemoUsers.LEARNER);
        assertFalse(browser.options("editUser:role").contains("Administrator"));

        browser.open("/admin/user.xhtml?id=" + salesLearnerId);
        PeopleScreens.assertNotFoundPage(browser);
        browser.open("/admin/users.xhtml?organization=999999999");
        PeopleScreens.assertNotFoundPage(browser);
    }

    @Test
    void aProfileFieldHiddenFromOrganizationAdministratorsStaysEditableForAnAdministrator() {
        By employeeIdInput = By.cssSelector("[id='editUser'] input[data-key='EMPLOYEE_ID']");
        By employeeIdField = By.cssSelector("[id='editUser'] [data-field='EMPLOYEE_ID']");
        browser.signIn(DemoUsers.ADMIN, DemoUsers.PASSWORD);
        setEmployeeIdForOrganizationAdministrators("Hidden");
        try {
            screens.openEditUser(DemoUsers.LEARNER);
            assertEquals(1, browser.driver().findElements(employeeIdInput).size(), "an Administrator edits the employee id");
            assertEquals("Employee ID", browser.driver().findElement(By.cssSelector("label[for='"
                    + browser.driver().findElement(employeeIdInput).getAttribute("id") + "']")).getText(), "the input is labelled");
            browser.forgetSession();

            browser.signIn(DemoUsers.ORG_ADMIN, DemoUsers.PASSWORD);
            screens.openEditUser(DemoUsers.LEARNER);
            assertTrue(browser.driver().findElements(employeeIdField).isEmpty(), "an Organization Administrator does not see it");
            assertFalse(browser.driver().findElements(By.cssSelector("[id='editUser'] [data-field='JOB_TITLE']")).isEmpty(),
                    "other profile fields stay");
            String export = new String(screens.download("/admin/users/export?format=csv&text=acme.example").body(),
                    StandardCharsets.UTF_8).split("\r\n")[0];
            assertFalse(export.contains("Employee ID"), "nor in the list's export: " + export);
            assertTrue(export.contains("Job title"), export);
            browser.forgetSession();
        } finally {
            browser.signIn(DemoUsers.ADMIN, DemoUsers.PASSWORD);
            setEmployeeIdForOrganizationAdministrators("Editable");
        }
    }

    @Test
    void anAdministratorDefinesAChoiceFieldUsesItOnEditUserAndDeletesIt() {
        String token = PeopleScreens.unique();
        String key = "size_" + token.replaceAll("[^a-z0-9]", "");
        String email = PeopleScreens.email(token);
        browser.signIn(DemoUsers.ADMIN, DemoUsers.PASSWORD);
        screens.createUser("Sven Size " + token, email, "Sales", null, null);

        browser.open("/admin/profile-fields.xhtml");
        browser.type(By.id("newField:key"), key);
        browser.type(By.id("newField:label"), "Size " + token);
        new Select(browser.driver().findElement(By.id("newField:type"))).selectByVisibleText("Choice");
        browser.type(By.id("newField:choices"), "S\nM\nL");
        browser.clickAndWait(By.id("newField:define"));
        By field = By.cssSelector("fieldset[data-key='" + key + "']");
        assertTrue(browser.isPresent(field), "defined; messages: " + browser.messages("messages"));
        assertTrue(browser.isPresent(By.cssSelector("tr[data-field='" + key + "'] select")), "and in the matrix");

        screens.openEditUser(email);
        By sizeChoice = By.cssSelector("[id='editUser'] select[data-key='" + key + "']");
        new Select(browser.driver().findElement(sizeChoice)).selectByVisibleText("M");
        browser.clickAndWaitForPage(By.id("editUser:save"));
        assertEquals("/admin/users.xhtml", browser.path(), "saved; messages: " + browser.messages("messages"));
        screens.openEditUser(email);
        assertEquals("M", new Select(browser.driver().findElement(sizeChoice)).getFirstSelectedOption().getText());

        browser.open("/admin/profile-fields.xhtml");
        browser.clickAndWait(By.cssSelector("fieldset[data-key='" + key + "'] button[id$=':delete']"));
        browser.clickAndWait(By.cssSelector(".ui-confirmdialog-yes"));
        assertFalse(browser.isPresent(field), "deleted; messages: " + browser.messages("messages"));
    }

    /** Sets one cell of the profile-field matrix on its page, as the signed-in Administrator. */
    private void setEmployeeIdForOrganizationAdministrators(String access) {
        browser.open("/admin/profile-fields.xhtml");
        By cell = By.cssSelector("select[aria-label='Employee ID – Organization Administrator']");
        new Select(browser.driver().findElement(cell)).selectByVisibleText(access);
        browser.clickAndWait(By.id("rules:saveRules"));
        assertEquals(access, new Select(browser.driver().findElement(cell)).getFirstSelectedOption().getText());
    }

    @Test
    void aLearnerCannotReachAnyOfThePeopleScreens() {
        browser.signIn(DemoUsers.LEARNER, DemoUsers.PASSWORD);
        assertFalse(browser.menuLabels().contains("Users"), browser.menuLabels().toString());
        for (String path : List.of("/admin/users.xhtml", "/admin/user.xhtml?id=1", "/admin/new-user.xhtml",
                "/admin/groups.xhtml", "/admin/organizations.xhtml")) {
            browser.open(path);
            PeopleScreens.assertNotFoundPage(browser);
        }
        assertEquals(404, screens.download("/admin/users/export?format=csv").statusCode());
        browser.open("/index.xhtml");
        assertTrue(browser.isPresent(By.id("shell:mySettings")), "My settings is everyone's");
    }

    @Test
    void aMissingUserIdShowsNotFound() {
        browser.signIn(DemoUsers.ADMIN, DemoUsers.PASSWORD);
        for (String path : List.of("/admin/user.xhtml?id=999999999", "/admin/user.xhtml?id=abc", "/admin/user.xhtml")) {
            browser.open(path);
            PeopleScreens.assertNotFoundPage(browser);
        }
    }

    @Test
    void twoPeopleSavingTheSameUserTheSecondIsToldAndLosesNothingSilently() {
        String token = PeopleScreens.unique();
        String email = PeopleScreens.email(token);
        browser.signIn(DemoUsers.ADMIN, DemoUsers.PASSWORD);
        screens.createUser("Clara Conflict " + token, email, null, null, null);
        screens.openEditUser(email);

        try (Browser other = Browser.start(Browser.ENGLISH)) {
            other.signIn(DemoUsers.OWNER, DemoUsers.OWNER_PASSWORD);
            new PeopleScreens(other).openEditUser(email);
            other.type(By.id("editUser:name"), "Clara First " + token);
            other.clickAndWaitForPage(By.id("editUser:save"));
            assertEquals(List.of("Clara First " + token + " was saved."), other.messages("messages"));
        }

        browser.type(By.id("editUser:name"), "Clara Second " + token);
        browser.clickAndWaitForPage(By.id("editUser:save"));
        assertEquals("/admin/user.xhtml", browser.path(), "the second save stays on the page");
        assertEquals(List.of("Someone else changed this in the meantime. Reload to see their change, then make yours again."),
                browser.messages("messages"));
        assertEquals("Clara Second " + token, browser.visible(By.id("editUser:name")).getDomProperty("value"),
                "the second person's entry is still there");

        browser.clickAndWaitForPage(By.id("editUser:reload"));
        assertEquals("Clara First " + token, browser.visible(By.id("editUser:name")).getDomProperty("value"));
    }

    @Test
    void aBulkActionDoesWhatTheRulesAllowPerPersonAndSaysWhy() {
        String token = PeopleScreens.unique();
        browser.signIn(DemoUsers.ADMIN, DemoUsers.PASSWORD);
        screens.createUser("Bulk " + token + " Learner", PeopleScreens.email(token + "-l"), "Engineering", "Learner", null);
        screens.createUser("Bulk " + token + " Admin", PeopleScreens.email(token + "-a"), "Engineering", "Administrator", null);
        browser.forgetSession();

        browser.signIn(DemoUsers.ORG_ADMIN, DemoUsers.PASSWORD);
        browser.open("/admin/users.xhtml");
        screens.search("Bulk " + token);
        assertEquals(2, screens.rows().size());
        browser.clickAndWait(By.cssSelector("[id='users:table'] th .ui-chkbox-box"));
        assertEquals("2 users selected", browser.text(By.id("users:selectedCount")));
        browser.choose("users:bulkAction", "Deactivate");
        browser.clickAndWait(By.id("users:applyBulk"));

        assertEquals("Done for 1 user; 1 left unchanged.", browser.text(By.id("bulkSummary")));
        List<String> skipped = browser.texts(".bulk-skipped");
        assertEquals(List.of("Bulk " + token + " Admin <" + PeopleScreens.email(token + "-a") + ">: Organization Administrators"
                + " cannot manage a user whose role (Administrator) holds privileges they do not hold."), skipped);
        screens.search("Bulk " + token + " Learner");
        assertEquals("Deactivated", screens.cell(screens.rows().get(0), "user-status"));
        screens.search("Bulk " + token + " Admin");
        assertEquals("Active", screens.cell(screens.rows().get(0), "user-status"));
    }

    @Test
    void theExportHoldsTheCurrentFilterInCsvAndXlsx() throws IOException {
        String token = PeopleScreens.unique();
        browser.signIn(DemoUsers.ADMIN, DemoUsers.PASSWORD);
        screens.createUser("=Export " + token, PeopleScreens.email(token), "Sales", null, null);
        browser.open("/admin/users.xhtml");
        screens.search(token);

        HttpResponse<byte[]> csv = screens.download(browser.driver().findElement(By.id("users:exportCsv")).getAttribute("href"));
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains("users.csv"));
        String[] lines = new String(csv.body(), StandardCharsets.UTF_8).split("\r\n");
        assertEquals("\ufeffName,Email,Organization,Role,Status,Last sign-in,Job title,Department,Phone,Manager,Hire date,Employee ID",
                lines[0]);
        assertEquals("'=Export " + token + "," + PeopleScreens.email(token) + ",Sales,Learner,Active,,,,,,,", lines[1],
                "a formula-like name is neutralized");
        assertEquals(2, lines.length);

        HttpResponse<byte[]> xlsx = screens.download(browser.driver().findElement(By.id("users:exportXlsx")).getAttribute("href"));
        assertEquals(200, xlsx.statusCode());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals("Email", sheet.getRow(0).getCell(1).getStringCellValue());
            assertEquals("=Export " + token, sheet.getRow(1).getCell(0).getStringCellValue());
            assertEquals(1, sheet.getLastRowNum());
        }

        browser.forgetSession();
        browser.signIn(DemoUsers.ORG_ADMIN, DemoUsers.PASSWORD);
        String everything = new String(screens.download("/admin/users/export?format=csv&text=acme.example").body(), StandardCharsets.UTF_8);
        assertTrue(everything.contains(DemoUsers.LEARNER), everything);
        assertFalse(everything.contains(DemoUsers.SALES_LEARNER), "the export stays in the scope: " + everything);
    }

    @Test
    void aNameWithMarkupShowsAsTextInTheListAndOnEditUser() {
        String token = PeopleScreens.unique();
        String name = "<img src=x onerror=window.lmsXss=1>" + token;
        browser.signIn(DemoUsers.ADMIN, DemoUsers.PASSWORD);
        screens.createUser(name, PeopleScreens.email(token), null, null, null);
        browser.open("/admin/users.xhtml");
        screens.search(token);
        assertEquals(name, screens.cell(screens.rows().get(0), "user-name"));
        screens.openEditUser(PeopleScreens.email(token));
        assertEquals("Edit User: " + name, browser.text(By.id("heading")));
        assertFalse(browser.plantedScriptRan());
    }
}
