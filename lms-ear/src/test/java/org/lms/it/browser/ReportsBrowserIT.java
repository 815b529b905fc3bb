package org.lms.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lms.it.support.DemoUsers;
import org.openqa.selenium.By;

/**
 * The Reports page: course progress filtered by status and sorted, the organizations drilled down
 * and back up with their chart, and the exports holding the rows the screen shows; the page is
 * not there for learners, and its downloads not for people without Export reports; an Instructor
 * gets the tabs about the learners of their own courses, and only those learners.
 */
class ReportsBrowserIT extends BrowserTest {

    private static final String COURSE_ROWS = "[id='reports:tabs:courseTable_data'] > tr:not(.ui-datatable-empty-message)";
    private static final String CHILD_ROWS = "[id='reports:tabs:childTable_data'] > tr:not(.ui-datatable-empty-message)";
    private static final String SECURITY_COURSE = "Information Security Basics";

    private PeopleScreens screens;

    @BeforeEach
    void screens() {
        screens = new PeopleScreens(browser);
    }

    @Test
    void anAdministratorFiltersCourseProgressAndDownloadsTheSameRows() throws IOException {
        // The demo Administrator: the Reporter's sign-in is locked on purpose by the sign-in tests.
        browser.signIn(DemoUsers.ADMIN, DemoUsers.PASSWORD);
        assertTrue(browser.menuLabels().contains("Reports"), browser.menuLabels().toString());
        browser.open("/admin/reports.xhtml");
        assertEquals("Reports", browser.text(By.cssSelector("main h1")));
        assertTrue(courseTitles().contains(SECURITY_COURSE), "everyone learns the security basics: " + courseTitles());

        browser.choose("reports:status", "Not started");
        browser.waitFor("only the not started enrollments to be counted", () -> !courseTitles().isEmpty()
                && column(COURSE_ROWS, "course-enrolled").equals(column(COURSE_ROWS, "course-not-started")));
        assertTrue(courseTitles().contains(SECURITY_COURSE), courseTitles().toString());

        browser.clickAndWait(By.xpath("//*[@id='reports:tabs:courseTable']//th[.//span[normalize-space()='Enrolled']]"));
        browser.clickAndWait(By.xpath("//*[@id='reports:tabs:courseTable']//th[.//span[normalize-space()='Enrolled']]"));
        List<String> counts = column(COURSE_ROWS, "course-enrolled").stream().map(count -> count.replace(",", "")).toList();
        assertEquals(counts.stream().sorted(Comparator.comparingLong((String count) -> Long.parseLong(count)).reversed()).toList(), counts,
                "the most enrolled first");
        List<String> titles = courseTitles();
        List<String> enrolled = column(COURSE_ROWS, "course-enrolled");

        // The export runs in the background (ReportExportsBrowserIT follows it); its file has the filter and the order.
        HttpResponse<byte[]> csv = screens.download(ReportExportsBrowserIT.exported(browser, "reports:tabs:coursesCsv"));
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains("course-progress.csv"));
        List<String> lines = Arrays.asList(new String(csv.body(), StandardCharsets.UTF_8).split("\r\n"));
        assertEquals("\ufeffCourse,Enrolled,Not started,In progress,Completed,Passed,Failed,Overdue,Average score,Completion rate",
                lines.get(0));
        int total = total("reports:tabs:courseTable");
        assertEquals(total, lines.size() - 1, "every row of the report: " + lines);
        List<String> csvTitles = new ArrayList<>();
        List<String> csvEnrolled = new ArrayList<>();
        for (String line : lines.subList(1, 1 + titles.size())) {
            List<String> cells = cells(line);
            csvTitles.add(cells.get(0));
            csvEnrolled.add(cells.get(1));
        }
        assertEquals(titles, csvTitles, "the file holds the screen's rows in its order");
        assertEquals(enrolled, csvEnrolled);

        HttpResponse<byte[]> xlsx = screens.download(ReportExportsBrowserIT.exported(browser, "reports:tabs:coursesXlsx"));
        assertEquals(200, xlsx.statusCode());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals("Course progress", sheet.getSheetName());
            assertEquals("Completion rate", sheet.getRow(0).getCell(9).getStringCellValue());
            assertEquals(total, sheet.getLastRowNum());
            for (int i = 0; i < titles.size(); i++) {
                assertEquals(titles.get(i), sheet.getRow(i + 1).getCell(0).getStringCellValue());
                assertEquals(enrolled.get(i), sheet.getRow(i + 1).getCell(1).getStringCellValue());
            }
        }
    }

    @Test
    void anAdministratorDrillsDownTheOrganizationsAndBackUp() throws IOException {
        browser.signIn(DemoUsers.ADMIN, DemoUsers.PASSWORD);
        browser.open("/admin/reports.xhtml");
        browser.clickAndWait(By.xpath("//*[@id='reports:tabs']//ul[@role='tablist']//a[normalize-space()='Organizations']"));
        browser.visible(By.id("organizationName"));
        String top = browser.text(By.id("organizationName"));
        List<String> children = childNames();
        assertTrue(children.containsAll(List.of("Sales", "Engineering")), children.toString());
        assertTrue(browser.isPresent(By.cssSelector("[id='reports:tabs:completionChart'] canvas, canvas[id^='reports:tabs:completionChart']")),
                "the chart of the children's completion rates");
        assertEquals(children.size(), column(CHILD_ROWS, "child-rate").size(), "the table states each rate in text");

        HttpResponse<byte[]> csv = screens.download(href("reports:tabs:organizationsCsv"));
        assertEquals(200, csv.statusCode());
        List<String> lines = Arrays.asList(new String(csv.body(), StandardCharsets.UTF_8).split("\r\n"));
        assertEquals("\ufeffOrganization,People,Enrollments,Finished,Overdue,Completion rate", lines.get(0));
        assertTrue(lines.get(1).startsWith(top + ","), "the organization first: " + lines);
        assertEquals(children, lines.subList(2, lines.size()).stream().map(line -> cells(line).get(0)).toList(),
                "then its children as the screen lists them");
        HttpResponse<byte[]> xlsx = screens.download(href("reports:tabs:organizationsXlsx"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertEquals(children.size() + 1, workbook.getSheetAt(0).getLastRowNum());
        }

        openChild("Engineering");
        assertTrue(childNames().contains("Platform Team"), childNames().toString());
        assertEquals(List.of(top), browser.texts(".report-trail a.crumb"));
        openChild("Platform Team");
        assertEquals(List.of(), childNames());
        assertEquals("This organization has no sub-organizations.",
                browser.text(By.cssSelector("[id='reports:tabs:childTable'] .ui-datatable-empty-message")));
        assertEquals(List.of(top, "Engineering"), browser.texts(".report-trail a.crumb"));

        browser.clickAndWait(By.xpath("//ol[@class='report-trail']//a[normalize-space()=" + xpathLiteral(top) + "]"));
        assertEquals(top, browser.text(By.id("organizationName")));
        assertEquals(children, childNames());
    }

    @Test
    void aLearnerHasOnlyTheirHistoryAndAPublisherNoDownloads() {
        browser.signIn(DemoUsers.LEARNER, DemoUsers.PASSWORD);
        List<String> menu = browser.menuLabels();
        assertFalse(menu.contains("Reports"), menu.toString());
        assertTrue(menu.contains("My history"), menu.toString());
        browser.open("/admin/reports.xhtml");
        PeopleScreens.assertNotFoundPage(browser);
        assertEquals(404, screens.download("/admin/reports/export?report=courses&format=csv").statusCode());
        browser.open("/history.xhtml");
        assertTrue(browser.texts("[id='history:table_data'] .history-course").contains(SECURITY_COURSE), "their own history");

        browser.forgetSession();
        browser.signIn(DemoUsers.PUBLISHER, DemoUsers.PASSWORD);
        browser.open("/admin/reports.xhtml");
        assertTrue(courseTitles().contains(SECURITY_COURSE), courseTitles().toString());
        assertFalse(browser.isPresent(By.id("reports:tabs:coursesCsv")), "reading is not exporting");
        assertEquals(404, screens.download("/admin/reports/export?report=courses&format=csv").statusCode());
    }

    @Test
    void anInstructorSeesTheLearnersOfTheirOwnCourseOnly() {
        // The demo Instructor made Incident Response, which the on-call group (Leo Learner) learns.
        browser.signIn(DemoUsers.INSTRUCTOR, DemoUsers.PASSWORD);
        assertTrue(browser.menuLabels().contains("Reports"), browser.menuLabels().toString());
        browser.open("/admin/reports.xhtml");
        assertTrue(courseTitles().contains("Incident Response"), courseTitles().toString());
        assertFalse(courseTitles().contains(SECURITY_COURSE), "the security basics everyone learns are not theirs: " + courseTitles());
        assertEquals(List.of("Course progress", "People", "Overdue"), browser.texts("[id='reports:tabs'] ul[role='tablist'] li"),
                "no groups or organizations");
        assertFalse(browser.isPresent(By.id("reports:tabs:coursesCsv")), "reading is not exporting");

        browser.clickAndWait(By.xpath("//*[@id='reports:tabs']//ul[@role='tablist']//a[normalize-space()='People']"));
        List<String> people = browser.texts("[id='reports:tabs:peopleTable_data'] > tr:not(.ui-datatable-empty-message) .person-name");
        assertTrue(people.contains("Leo Learner"), people.toString());
        assertFalse(people.contains("Ines Instructor"), "the Instructor learns the security basics, not their own course: " + people);
        assertEquals(404, screens.download("/admin/reports/export?report=courses&format=csv").statusCode());
    }

    private void openChild(String name) {
        browser.clickAndWait(By.xpath("//*[@id='reports:tabs:childTable']//a[contains(@class,'child-name') and normalize-space()="
                + xpathLiteral(name) + "]"));
        browser.waitFor(name + " to be shown", () -> name.equals(browser.text(By.id("organizationName"))));
    }

    private List<String> courseTitles() {
        return browser.texts(COURSE_ROWS + " .course-title");
    }

    private List<String> childNames() {
        return browser.texts(CHILD_ROWS + " a.child-name");
    }

    private List<String> column(String rows, String cssClass) {
        return browser.texts(rows + " ." + cssClass);
    }

    /** The number of rows a table's paginator reports, from its "1-3 / 3". */
    private int total(String tableId) {
        String report = browser.text(By.cssSelector("[id='" + tableId + "'] .ui-paginator-current"));
        return Integer.parseInt(report.substring(report.lastIndexOf('/') + 1).strip().replace(",", ""));
    }

    /** The cells of a CSV record: commas split them, except within quotes, where "" is a quote. */
    static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                cell.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ',' && !quoted) {
                cells.add(cell.toString());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString());
        return cells;
    }

    private String href(String id) {
        return browser.driver().findElement(By.id(id)).getAttribute("href");
    }

    private static String xpathLiteral(String text) {
        return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
    }
}
