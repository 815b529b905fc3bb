package org.lms.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lms.it.support.DemoUsers;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The audit log: a change just made is listed, the filters (text, kind, outcome, days) narrow the
 * list in the database, the export holds the same rows, and recorded values show as text.
 */
class AuditLogBrowserIT extends BrowserTest {

    private static final By ROWS = By.cssSelector("[id='audit:table_data'] > tr:not(.ui-datatable-empty-message)");

    private PermissionScreens screens;
    private PeopleScreens people;

    @BeforeEach
    void screens() {
        screens = new PermissionScreens(browser);
        people = new PeopleScreens(browser);
    }

    @Test
    void aChangeJustMadeIsListedFilteredByKindOutcomeAndDaysAndExportedWithTheSameRows() throws IOException {
        String token = PeopleScreens.unique();
        String readers = "<script>window.lmsXss=1</script> Readers " + token;
        String owners = "=Owners " + token;
        browser.signIn(DemoUsers.ADMIN, DemoUsers.PASSWORD);
        screens.createRole(readers, "Access reports");
        screens.createRole(owners, "Account membership");

        browser.open("/admin/audit.xhtml");
        search(token, 2);
        assertEquals(List.of(owners, readers), column("audit-target"), "newest first, names as text");
        assertEquals(List.of("Role created", "Role created"), column("audit-kind"));
        assertEquals(List.of("Refused", "Done"), column("audit-outcome"));
        assertEquals("Account membership stays with the Account Owner; no other role can hold it.", column("audit-reason").get(0));
        assertTrue(column("audit-actor").get(1).contains(DemoUsers.ADMIN), column("audit-actor").toString());
        assertTrue(column("audit-change").get(1).endsWith("→ Access reports"), column("audit-change").toString());
        assertFalse(browser.plantedScriptRan());

        screens.pick("audit:kind", "Role changed");
        waitForRows(0);
        screens.pick("audit:kind", "Role created");
        waitForRows(2);
        screens.pick("audit:outcome", "Refused");
        waitForRows(1);
        screens.pick("audit:outcome", "Any outcome");
        waitForRows(2);

        // Days in the person's time zone, both included; two days' margin keeps the test clear of midnight.
        LocalDate today = LocalDate.now();
        screens.typeDate("audit:from", today.plusDays(2).toString());
        waitForRows(0);
        screens.typeDate("audit:from", today.minusDays(2).toString());
        waitForRows(2);
        screens.typeDate("audit:to", today.minusDays(2).toString());
        waitForRows(0);
        screens.typeDate("audit:to", today.plusDays(2).toString());
        waitForRows(2);

        HttpResponse<byte[]> csv = people.download(browser.driver().findElement(By.id("audit:exportCsv")).getAttribute("href"));
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains("audit-log.csv"));
        List<String> lines = Arrays.asList(new String(csv.body(), StandardCharsets.UTF_8).split("\r\n"));
        assertEquals("\ufeffWhen,Who,What,About,Outcome,Before,After,Reason", lines.get(0));
        assertEquals(3, lines.size(), "the rows of the page: " + lines);
        assertTrue(lines.get(1).contains(",Role created,'=Owners " + token + ",Refused,,"), "a formula-like name is neutralized: " + lines.get(1));
        assertTrue(lines.get(2).contains(",Role created,<script>window.lmsXss=1</script> Readers " + token + ",Done,,Access reports,"),
                lines.get(2));

        HttpResponse<byte[]> xlsx = people.download(browser.driver().findElement(By.id("audit:exportXlsx")).getAttribute("href"));
        assertEquals(200, xlsx.statusCode());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals("Audit log", sheet.getSheetName());
            assertEquals(2, sheet.getLastRowNum());
            assertEquals(owners, sheet.getRow(1).getCell(3).getStringCellValue());
            assertEquals(readers, sheet.getRow(2).getCell(3).getStringCellValue());
        }

        screens.typeDate("audit:to", "not a date");
        assertEquals("Not a date.", browser.text(By.id("audit:toMessage")));
        assertFalse(browser.plantedScriptRan());
    }

    private void search(String text, int expected) {
        browser.type(By.id("audit:target"), text);
        browser.waitFor("the log to show only entries about " + text, () -> {
            List<String> targets = column("audit-target");
            return targets.size() == expected && targets.stream().allMatch(t -> t.contains(text));
        });
    }

    private void waitForRows(int expected) {
        browser.waitFor(expected + " rows", () -> rows().size() == expected);
    }

    private List<WebElement> rows() {
        return browser.driver().findElements(ROWS);
    }

    private List<String> column(String cssClass) {
        return browser.texts("[id='audit:table_data'] > tr:not(.ui-datatable-empty-message) > td." + cssClass);
    }
}
