package org.lms.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.lms.it.support.DemoUsers;
import org.openqa.selenium.By;

/**
 * The Reports page's exports run as background jobs: the button answers at once with a progress
 * bar and the rows written, the page keeps working meanwhile, and the finished file is offered
 * once, to the session that asked, holding the rows the tab shows.
 */
class ReportExportsBrowserIT extends BrowserTest {

    private static final String PEOPLE_ROWS = "[id='reports:tabs:peopleTable_data'] > tr:not(.ui-datatable-empty-message)";
    private static final String ENROLLMENT_ROWS = "[id='reports:tabs:enrollmentTable_data'] > tr:not(.ui-datatable-empty-message)";
    private static final Pattern FIGURES = Pattern.compile("([\\d,]+) of ([\\d,]+) rows written");

    @Test
    void anExportRunsInTheBackgroundAndItsFileHoldsTheTabsRows() {
        browser.signIn(DemoUsers.ADMIN, DemoUsers.PASSWORD);
        browser.open("/admin/reports.xhtml");
        browser.clickAndWait(By.xpath("//*[@id='reports:tabs']//ul[@role='tablist']//a[normalize-space()='People']"));
        browser.visible(By.id("reports:tabs:peopleTable"));
        String report = browser.text(By.cssSelector("[id='reports:tabs:peopleTable'] .ui-paginator-current"));
        int total = Integer.parseInt(report.substring(report.lastIndexOf('/') + 1).strip().replace(",", ""));
        List<String> names = browser.texts(PEOPLE_ROWS + " .person-name");
        assertFalse(names.isEmpty());

        browser.clickAndWait(By.id("reports:tabs:peopleCsv"));
        assertTrue(browser.isPresent(By.id("reports:exportBar")), "the progress bar shows at once");
        Matcher figures = FIGURES.matcher(browser.text(By.id("exportFigures")));
        assertTrue(figures.find(), browser.text(By.id("exportFigures")));
        assertEquals(total, Integer.parseInt(figures.group(2).replace(",", "")), "the rows to write are the tab's rows");

        // Meanwhile the page answers: another tab opens, and the people's table pages on.
        browser.clickAndWait(By.xpath("//*[@id='reports:tabs']//ul[@role='tablist']//a[normalize-space()='Course progress']"));
        assertFalse(browser.texts("[id='reports:tabs:courseTable_data'] .course-title").isEmpty());
        assertTrue(browser.isPresent(By.id("reports:exportBar")), "the export stays in view across tabs");

        String address = waitForDownload(browser, null);
        assertEquals("100%", browser.text(By.cssSelector("[id='reports:exportBar'] .ui-progressbar-label")));
        Matcher done = FIGURES.matcher(browser.text(By.id("exportFigures")));
        assertTrue(done.find());
        assertEquals(done.group(2), done.group(1), "every row written");

        PeopleScreens screens = new PeopleScreens(browser);
        HttpResponse<byte[]> csv = screens.download(address);
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains("attachment; filename=\"people-progress.csv\""),
                csv.headers().map().toString());
        List<String> lines = Arrays.asList(new String(csv.body(), StandardCharsets.UTF_8).split("\r\n"));
        assertEquals(total, lines.size() - 1, "every row of the report");
        assertEquals(names, lines.subList(1, 1 + names.size()).stream().map(line -> ReportsBrowserIT.cells(line).get(0)).toList(),
                "the screen's first page, in its order");
        assertEquals(404, screens.download(address).statusCode(), "the file is handed out once");

        browser.forgetSession();
        browser.signIn(DemoUsers.ADMIN, DemoUsers.PASSWORD);
        browser.open("/admin/reports.xhtml");
        String another = exported(browser, "reports:tabs:coursesCsv");
        browser.forgetSession();
        browser.signIn(DemoUsers.ADMIN, DemoUsers.PASSWORD);
        assertEquals(404, screens.download(another).statusCode(), "not to another session of the same person");
    }

    /**
     * The Enrollments tab lists one row per assigned course; sorted by learner its first page is in
     * name order, and its XLSX export (written from one database cursor) holds every row, the
     * screen's first page first, with the status as the screen words it.
     */
    @Test
    void theEnrollmentsTabAndItsSpreadsheetHoldTheSameRows() throws Exception {
        browser.signIn(DemoUsers.ADMIN, DemoUsers.PASSWORD);
        browser.open("/admin/reports.xhtml");
        browser.clickAndWait(By.xpath("//*[@id='reports:tabs']//ul[@role='tablist']//a[normalize-space()='Enrollments']"));
        browser.visible(By.id("reports:tabs:enrollmentTable"));
        String report = browser.text(By.cssSelector("[id='reports:tabs:enrollmentTable'] .ui-paginator-current"));
        int total = Integer.parseInt(report.substring(report.lastIndexOf('/') + 1).strip().replace(",", ""));
        assertTrue(total > 0, report);
        List<String> names = browser.texts(ENROLLMENT_ROWS + " .person-name");
        List<String> statuses = browser.texts(ENROLLMENT_ROWS + " .learner-status");
        List<String> sorted = names.stream().sorted(String.CASE_INSENSITIVE_ORDER).toList();
        assertEquals(sorted, names, "by learner unless sorted otherwise");

        String address = exported(browser, "reports:tabs:enrollmentXlsx");
        HttpResponse<byte[]> xlsx = new PeopleScreens(browser).download(address);
        assertEquals(200, xlsx.statusCode());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = workbook.getSheet("Enrollments");
            assertEquals("Learner", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals("Status", sheet.getRow(0).getCell(4).getStringCellValue());
            assertEquals(total, sheet.getLastRowNum(), "every enrollment, below the header");
            for (int i = 0; i < names.size(); i++) {
                assertEquals(List.of(names.get(i), statuses.get(i)), List.of(sheet.getRow(i + 1).getCell(0).getStringCellValue(),
                        sheet.getRow(i + 1).getCell(4).getStringCellValue()), "row " + (i + 1));
            }
        }
    }

    /** Clicks a tab's export button and answers the address of the finished file. */
    static String exported(Browser browser, String buttonId) {
        String before = browser.isPresent(By.id("reports:exportDownload"))
                ? browser.driver().findElement(By.id("reports:exportDownload")).getAttribute("href") : null;
        browser.clickAndWait(By.id(buttonId));
        return waitForDownload(browser, before);
    }

    /** Waits for the poll to offer the file of a job other than {@code before}'s, and answers its address. */
    private static String waitForDownload(Browser browser, String before) {
        String[] address = new String[1];
        browser.waitFor("the export's file to be offered", () -> {
            List<String> links = browser.texts("[id='reports:exportDownload']");
            if (links.isEmpty()) {
                return false;
            }
            address[0] = browser.driver().findElement(By.id("reports:exportDownload")).getAttribute("href");
            return !address[0].equals(before);
        });
        return address[0];
    }
}
