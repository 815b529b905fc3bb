package org.lms.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lms.it.support.DemoUsers;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * The Reports page: course progress filtered by status and sorted, the organizations drilled down
 * and back up with their chart, and the exports holding the rows the screen shows; the course and
 * completed-date filters on every tab, the People, Groups and Overdue tabs (the demo's overdue
 * course, sorted, for the Administrator and within a Reporter's scope), progress over time as the
 * API counts it in the reader's time zone, exported in the reader's language; the page is not
 * there for learners unless the account and their own switch allow it, and its downloads not for
 * people without Export reports; an Instructor gets the tabs about the learners of their own
 * courses, and only those learners.
 */
class ReportsBrowserIT extends BrowserTest {

    private static final String COURSE_ROWS = "[id='reports:tabs:courseTable_data'] > tr:not(.ui-datatable-empty-message)";
    private static final String CHILD_ROWS = "[id='reports:tabs:childTable_data'] > tr:not(.ui-datatable-empty-message)";
    private static final String PEOPLE_ROWS = "[id='reports:tabs:peopleTable_data'] > tr:not(.ui-datatable-empty-message)";
    private static final String GROUP_ROWS = "[id='reports:tabs:groupTable_data'] > tr:not(.ui-datatable-empty-message)";
    private static final String OVERDUE_ROWS = "[id='reports:tabs:overdueTable_data'] > tr:not(.ui-datatable-empty-message)";
    private static final String PROGRESS_ROWS = "[id='reports:tabs:progressTable_data'] > tr:not(.ui-datatable-empty-message)";
    private static final String SECURITY_COURSE = "Information Security Basics";
    /** The demo's course some people are late with (see DemoData). */
    private static final String REFRESHER_COURSE = "Data Protection Refresher";

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
        openTab("Progress over time");
        browser.visible(By.id("reports:tabs:progressTable"));
        assertFalse(browser.isPresent(By.id("reports:tabs:progressCsv")), "nor the months");
        assertEquals(404, screens.download("/admin/reports/export?report=progress&format=xlsx").statusCode());
    }

    @Test
    void anInstructorSeesTheLearnersOfTheirOwnCourseOnly() {
        // The demo Instructor made Incident Response, which the on-call group (Leo Learner) learns.
        browser.signIn(DemoUsers.INSTRUCTOR, DemoUsers.PASSWORD);
        assertTrue(browser.menuLabels().contains("Reports"), browser.menuLabels().toString());
        browser.open("/admin/reports.xhtml");
        assertTrue(courseTitles().contains("Incident Response"), courseTitles().toString());
        assertFalse(courseTitles().contains(SECURITY_COURSE), "the security basics everyone learns are not theirs: " + courseTitles());
        assertEquals(List.of("Course progress", "People", "Overdue", "Enrollments"),
                browser.texts("[id='reports:tabs'] ul[role='tablist'] li"), "no groups or organizations");
        assertFalse(browser.isPresent(By.id("reports:tabs:coursesCsv")), "reading is not exporting");

        browser.clickAndWait(By.xpath("//*[@id='reports:tabs']//ul[@role='tablist']//a[normalize-space()='People']"));
        List<String> people = browser.texts("[id='reports:tabs:peopleTable_data'] > tr:not(.ui-datatable-empty-message) .person-name");
        assertTrue(people.contains("Leo Learner"), people.toString());
        assertFalse(people.contains("Ines Instructor"), "the Instructor learns the security basics, not their own course: " + people);
        assertEquals(404, screens.download("/admin/reports/export?report=courses&format=csv").statusCode());

        browser.clickAndWait(By.xpath("//*[@id='reports:tabs']//ul[@role='tablist']//a[normalize-space()='Enrollments']"));
        List<String> enrolledIn = browser.texts(
                "[id='reports:tabs:enrollmentTable_data'] > tr:not(.ui-datatable-empty-message) .course-title");
        assertTrue(enrolledIn.contains("Incident Response"), "the learners of their course show: " + enrolledIn);
        // Other tests on this server may give the Instructor courses of their own; the demo's courses
        // made by others must never show.
        for (String others : List.of(SECURITY_COURSE, "Code Review Practices", "Data Protection Refresher")) {
            assertFalse(enrolledIn.contains(others), "only their own courses' enrollments, not " + others + ": " + enrolledIn);
        }
        assertFalse(browser.isPresent(By.id("reports:tabs:enrollmentCsv")), "reading is not exporting");
    }

    @Test
    void theCourseAndCompletedDateFiltersNarrowEveryTab() {
        ThreeLearners f = ThreeLearners.make();
        String organization = f.organization();
        String title = f.title();
        long[] course = f.course();
        String ada = f.ada();
        String bo = f.bo();
        String cy = f.cy();
        String team = f.team();
        String nightTeam = f.nightTeam();
        LocalDate today = LocalDate.now();

        browser.signIn(DemoUsers.ADMIN, DemoUsers.PASSWORD);
        browser.open("/admin/reports.xhtml");
        pickCourse(title);
        browser.waitFor("the course filter to apply", () -> courseTitles().equals(List.of(title)));
        assertEquals(List.of("3"), column(COURSE_ROWS, "course-enrolled"));
        browser.choose("reports:organization", organization);

        openTab("People");
        browser.waitFor("the course's learners", () -> column(PEOPLE_ROWS, "person-name").equals(List.of(ada, bo, cy)));
        assertEquals(List.of("1", "1", "1"), column(PEOPLE_ROWS, "person-assigned"), "one course each: the filter's");

        openTab("Groups");
        browser.waitFor("the organization's groups", () -> browser.texts(GROUP_ROWS + " .group-name").equals(List.of(team, nightTeam)));
        assertEquals(List.of("2", "2", "1"), List.of(column(GROUP_ROWS, "group-members").get(0),
                column(GROUP_ROWS, "group-enrollments").get(0), column(GROUP_ROWS, "group-finished").get(0)));
        assertEquals(List.of("1", "1", "0"), List.of(column(GROUP_ROWS, "group-members").get(1),
                column(GROUP_ROWS, "group-enrollments").get(1), column(GROUP_ROWS, "group-finished").get(1)));

        // Overdue: the course filter holds no late enrollment, and the tab says so rather than listing the scope's.
        openTab("Overdue");
        browser.waitFor("no overdue row", () -> browser.isPresent(By.cssSelector("[id='reports:tabs:overdueTable'] .ui-datatable-empty-message")));
        assertEquals("No course is overdue.", browser.text(By.cssSelector("[id='reports:tabs:overdueTable'] .ui-datatable-empty-message")));
        assertEquals(List.of(), column(OVERDUE_ROWS, "person-name"));

        // Finished between yesterday and tomorrow: Bo alone, on every tab.
        openTab("Course progress");
        enterDate("reports:completedFrom", today.minusDays(1));
        enterDate("reports:completedTo", today.plusDays(1));
        browser.waitFor("only the finished enrollment", () -> column(COURSE_ROWS, "course-enrolled").equals(List.of("1")));
        openTab("People");
        browser.waitFor("Bo alone", () -> column(PEOPLE_ROWS, "person-name").equals(List.of(bo)));

        // An end before the start is refused with the API's wording, and the last accepted filter stays.
        enterDate("reports:completedTo", today.minusDays(3));
        browser.waitFor("the range's message", () -> browser.isPresent(By.cssSelector("[id='reports:completedToMessage'] .ui-message-error-detail, [id='reports:completedToMessage'] .ui-message-error-summary")));
        assertEquals("Not before Completed from: the end of a range does not come before its start.",
                browser.text(By.id("reports:completedToMessage")));
        assertEquals(List.of(bo), column(PEOPLE_ROWS, "person-name"));
    }

    @Test
    void thePeopleAndGroupsTabsSortByTheirHeaders() {
        ThreeLearners f = ThreeLearners.make();
        String organization = f.organization();
        String title = f.title();
        String ada = f.ada();
        String bo = f.bo();
        String cy = f.cy();
        String team = f.team();
        String nightTeam = f.nightTeam();

        browser.signIn(DemoUsers.ADMIN, DemoUsers.PASSWORD);
        browser.open("/admin/reports.xhtml");
        pickCourse(title);
        browser.waitFor("the course filter to apply", () -> courseTitles().equals(List.of(title)));
        browser.choose("reports:organization", organization);

        openTab("People");
        browser.waitFor("the course's learners", () -> column(PEOPLE_ROWS, "person-name").equals(List.of(ada, bo, cy)));
        sortDescending("peopleTable", "Learner");
        browser.waitFor("the names in reverse", () -> column(PEOPLE_ROWS, "person-name").equals(List.of(cy, bo, ada)));

        openTab("Groups");
        browser.waitFor("the organization's groups", () -> browser.texts(GROUP_ROWS + " .group-name").equals(List.of(team, nightTeam)));
        sortDescending("groupTable", "Group");
        browser.waitFor("the groups in reverse", () -> browser.texts(GROUP_ROWS + " .group-name").equals(List.of(nightTeam, team)));
    }

    @Test
    void progressOverTimeShowsTheApisMonthsAsChartAndTable() {
        ReportsWorld world = new ReportsWorld();
        String organization = ReportsWorld.unique("Browser Progress");
        long home = world.organization(world.root(), organization);
        String title = ReportsWorld.unique("Browser Progress Course");
        long[] course = world.course(home, title);
        String n = ReportsWorld.unique("").strip();
        String doneEmail = "done" + n + "@browser-report.example";
        long done = world.person(home, "LEARNER", doneEmail, "Dana Done " + n);
        long waiting = world.person(home, "LEARNER", "wait" + n + "@browser-report.example", "Walt Waiting " + n);
        world.assign(course[0], done, LocalDate.now().plusDays(30).toString());
        world.assign(course[0], waiting, LocalDate.now().plusDays(30).toString());
        world.complete(doneEmail, course[0], course[1]);

        browser.signIn(DemoUsers.ADMIN, DemoUsers.PASSWORD);
        browser.open("/admin/reports.xhtml");
        browser.choose("reports:organization", organization);
        pickCourse(title);
        openTab("Progress over time");
        browser.waitFor("twelve months", () -> browser.texts(PROGRESS_ROWS + " .progress-month").size() == 12);
        assertTrue(browser.isPresent(By.cssSelector("[id='reports:tabs:progressChart'] canvas, canvas[id^='reports:tabs:progressChart']")),
                "the chart of the same months");

        List<JsonObject> months = world.get("/reports/progress-over-time?organizationId=" + home + "&courseId=" + course[0])
                .getJsonArray("items").getValuesAs(JsonObject.class);
        DateTimeFormatter english = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);
        assertEquals(months.stream().map(m -> YearMonth.parse(m.getString("month")).format(english)).toList(),
                browser.texts(PROGRESS_ROWS + " .progress-month"), "the API's months, in the reader's language");
        assertEquals(months.stream().map(m -> String.valueOf(m.getInt("assigned"))).toList(),
                browser.texts(PROGRESS_ROWS + " .progress-assigned"));
        assertEquals(months.stream().map(m -> String.valueOf(m.getInt("completed"))).toList(),
                browser.texts(PROGRESS_ROWS + " .progress-completed"));
        assertEquals(List.of("2", "1"), List.of(browser.texts(PROGRESS_ROWS + " .progress-assigned").get(11),
                browser.texts(PROGRESS_ROWS + " .progress-completed").get(11)), "both assigned this month, one finished");
        assertEquals("Calendar months of your time zone, " + world.get("/account/settings").getString("defaultTimeZone")
                + ": each starts at its first midnight there.", browser.text(By.id("progressZone")), "the account's, as the Administrator has none");

        // The tab's files hold the table's rows, for the same filter and months.
        List<List<String>> table = progressTable();
        assertProgressFiles(table, "Month", "Assigned", "Finished", "Progress over time");

        // More than three years is refused, naming the field.
        YearMonth now = YearMonth.now(java.time.ZoneOffset.UTC);
        browser.choose("reports:tabs:progressFrom", now.minusMonths(40).format(english));
        browser.waitFor("the refusal", () -> browser.isPresent(By.id("reports:tabs:progressRefusal")));
        assertEquals("Last month: At most 36 months.", browser.text(By.id("reports:tabs:progressRefusal")));
        assertEquals(List.of(), browser.texts(PROGRESS_ROWS + " .progress-month"));
    }

    /**
     * A Reporter who reads German and lives fourteen hours ahead of UTC: the tab counts the months
     * of their zone, as the API answers them, names the months in German, and its files say the
     * same in the same words.
     */
    @Test
    void progressOverTimeFollowsTheReadersTimeZoneAndLanguageIntoItsFiles() {
        ReportsWorld world = new ReportsWorld();
        long home = world.organization(world.root(), ReportsWorld.unique("Browser Progress Kiritimati"));
        String title = ReportsWorld.unique("Browser Progress Zone Course");
        long[] course = world.course(home, title);
        String n = ReportsWorld.unique("").strip();
        String doneEmail = "zone-done" + n + "@browser-report.example";
        world.assign(course[0], world.person(home, "LEARNER", doneEmail, "Zora Done " + n), LocalDate.now().plusDays(30).toString());
        world.complete(doneEmail, course[0], course[1]);
        String reporter = "zone-reporter" + n + "@browser-report.example";
        world.person(home, "REPORTER", reporter, "Rena Reporter " + n);
        world.preferences(reporter, "de", "Pacific/Kiritimati");

        browser.signIn(reporter, ReportsWorld.PASSWORD);
        browser.open("/admin/reports.xhtml");
        pickCourse(title);
        openTab("Fortschritt im Zeitverlauf");
        browser.waitFor("twelve months", () -> browser.texts(PROGRESS_ROWS + " .progress-month").size() == 12);
        assertEquals("Kalendermonate Ihrer Zeitzone Pacific/Kiritimati: Jeder beginnt dort um Mitternacht seines ersten Tages.",
                browser.text(By.id("progressZone")));

        JsonObject answer = world.getAs(reporter, "/reports/progress-over-time?courseId=" + course[0]);
        assertEquals("Pacific/Kiritimati", answer.getString("timeZone"));
        List<JsonObject> months = answer.getJsonArray("items").getValuesAs(JsonObject.class);
        DateTimeFormatter german = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.GERMAN);
        assertEquals(YearMonth.now(java.time.ZoneId.of("Pacific/Kiritimati")).format(german), months.stream()
                .map(m -> YearMonth.parse(m.getString("month")).format(german)).toList().get(11), "the current month there");
        List<List<String>> table = progressTable();
        assertEquals(months.stream().map(m -> List.of(YearMonth.parse(m.getString("month")).format(german),
                String.valueOf(m.getInt("assigned")), String.valueOf(m.getInt("completed")))).toList(), table,
                "the API's months for the same reader, in German");
        assertEquals(List.of("1", "1"), table.get(11).subList(1, 3), "assigned and finished this month, as it is there");

        assertProgressFiles(table, "Monat", "Zugewiesen", "Abgeschlossen", "Fortschritt im Zeitverlauf");
    }

    /**
     * The demo's overdue course: the Administrator sees everyone late with it, the oldest due date
     * first, with the days overdue, and sorts by due date and by learner; a Reporter of Sales sees
     * Sam alone (Lena of Sales finished it), on the screen and in the file.
     */
    @Test
    void theOverdueTabListsTheDemosLateLearnersSortedAndWithinTheReadersScope() throws IOException {
        ReportsWorld world = new ReportsWorld();
        browser.signIn(DemoUsers.ADMIN, DemoUsers.PASSWORD);
        browser.open("/admin/reports.xhtml");
        openTab("Overdue");
        browser.waitFor("the demo's overdue rows", () -> column(OVERDUE_ROWS, "overdue-course").contains(REFRESHER_COURSE));
        pickCourse(REFRESHER_COURSE);
        browser.waitFor("the refresher's rows", () -> column(OVERDUE_ROWS, "person-name").size() == 3);
        List<String> byDueDate = List.of("Sam Sales", "Ines Instructor", "Leo Learner");
        assertEquals(byDueDate, column(OVERDUE_ROWS, "person-name"), "the oldest due date first");
        assertEquals(List.of("Sales", "Engineering", "Platform Team"), column(OVERDUE_ROWS, "overdue-organization"));
        assertEquals(List.of(REFRESHER_COURSE, REFRESHER_COURSE, REFRESHER_COURSE), column(OVERDUE_ROWS, "overdue-course"));
        List<Long> days = column(OVERDUE_ROWS, "overdue-days").stream().map(Long::parseLong).toList();
        assertEquals(List.of(days.get(0), days.get(0) - 4, days.get(0) - 7), days, "due ten, six and three days before the demo began");
        assertTrue(days.get(2) >= 3, days.toString());
        DateTimeFormatter longDate = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Locale.ENGLISH);
        LocalDate today = LocalDate.now();
        assertEquals(days.stream().map(d -> today.minusDays(d).format(longDate)).toList(), column(OVERDUE_ROWS, "overdue-due"),
                "each due date as many days back as it is overdue");

        sortBy("overdueTable", "Learner", "ascending");
        browser.waitFor("the learners A to Z", () -> column(OVERDUE_ROWS, "person-name")
                .equals(List.of("Ines Instructor", "Leo Learner", "Sam Sales")));
        sortBy("overdueTable", "Learner", "descending");
        browser.waitFor("the learners Z to A", () -> column(OVERDUE_ROWS, "person-name")
                .equals(List.of("Sam Sales", "Leo Learner", "Ines Instructor")));
        sortBy("overdueTable", "Due on", "descending");
        browser.waitFor("the latest due date first", () -> column(OVERDUE_ROWS, "person-name")
                .equals(List.of("Leo Learner", "Ines Instructor", "Sam Sales")));
        sortBy("overdueTable", "Due on", "ascending");
        browser.waitFor("the oldest due date first", () -> column(OVERDUE_ROWS, "person-name").equals(byDueDate));

        // A Reporter of Sales, as the demo Reporter is (whose own sign-in the sign-in tests lock on purpose).
        String n = ReportsWorld.unique("").strip();
        String reporter = "sales-reporter" + n + "@browser-report.example";
        world.person(world.organizationNamed("Sales"), "REPORTER", reporter, "Rhea Reporter " + n);
        browser.forgetSession();
        browser.signIn(reporter, ReportsWorld.PASSWORD);
        browser.open("/admin/reports.xhtml");
        openTab("Overdue");
        pickCourse(REFRESHER_COURSE);
        browser.waitFor("the Sales row", () -> column(OVERDUE_ROWS, "person-name").equals(List.of("Sam Sales")));
        assertEquals(List.of(String.valueOf(days.get(0))), column(OVERDUE_ROWS, "overdue-days"));
        assertEquals("1-1 / 1", browser.text(By.cssSelector("[id='reports:tabs:overdueTable'] .ui-paginator-current")));
        HttpResponse<byte[]> csv = screens.download(ReportExportsBrowserIT.exported(browser, "reports:tabs:overdueCsv"));
        assertEquals(200, csv.statusCode());
        List<String> lines = Arrays.asList(new String(csv.body(), StandardCharsets.UTF_8).split("\r\n"));
        assertEquals("\ufeffLearner,Email,Organization,Course,Due on,Days overdue", lines.get(0));
        assertEquals(List.of(List.of("Sam Sales", DemoUsers.SALES_LEARNER, "Sales", REFRESHER_COURSE,
                today.minusDays(days.get(0)).toString(), String.valueOf(days.get(0)))),
                lines.subList(1, lines.size()).stream().map(ReportsBrowserIT::cells).toList(), "the file holds the scope's row only");
    }

    @Test
    void aLearnerWhoseAccountAndSwitchAllowItReadsTheReports() {
        ReportsWorld world = new ReportsWorld();
        long home = world.organization(world.root(), ReportsWorld.unique("Browser Reading Learners"));
        String title = ReportsWorld.unique("Browser Learner Report Course");
        long[] course = world.course(home, title);
        String n = ReportsWorld.unique("").strip();
        String email = "reader" + n + "@browser-report.example";
        long learner = world.person(home, "LEARNER", email, "Lara Reader " + n);
        world.assign(course[0], learner, LocalDate.now().plusDays(30).toString());
        world.allowOrganizationReports(learner);

        boolean before = world.learnersSeeOrganizationReports(false);
        try {
            browser.signIn(email, ReportsWorld.PASSWORD);
            assertFalse(browser.menuLabels().contains("Reports"), "the account does not allow it yet");
            browser.open("/admin/reports.xhtml");
            PeopleScreens.assertNotFoundPage(browser);

            world.learnersSeeOrganizationReports(true);
            browser.open("/history.xhtml");
            assertTrue(browser.menuLabels().contains("Reports"), browser.menuLabels().toString());
            browser.open("/admin/reports.xhtml");
            assertEquals("Reports", browser.text(By.cssSelector("main h1")));
            assertTrue(courseTitles().contains(title), courseTitles().toString());
            assertFalse(browser.isPresent(By.id("reports:organization")), "the organization list is for reporting roles");
            assertFalse(browser.isPresent(By.id("reports:tabs:coursesCsv")), "reading is not exporting");
            pickCourse(title);
            browser.waitFor("the course filter to apply", () -> courseTitles().equals(List.of(title)));
            assertEquals(List.of("1"), column(COURSE_ROWS, "course-enrolled"), "the learner's own organization only");
        } finally {
            world.learnersSeeOrganizationReports(before);
        }
        browser.open("/admin/reports.xhtml");
        PeopleScreens.assertNotFoundPage(browser);
    }

    /**
     * A new organization with one course and three learners of it: Ada and Bo due in 30 days (Bo has
     * finished), Cy in 10; Ada and Bo form a team, Cy the night team. The API refuses due dates in the
     * past, and nothing over HTTP makes an enrollment overdue.
     */
    private record ThreeLearners(String organization, String title, long[] course, String ada, String bo, String cy,
            String team, String nightTeam) {

        static ThreeLearners make() {
            ReportsWorld world = new ReportsWorld();
            String organization = ReportsWorld.unique("Browser Reports");
            long home = world.organization(world.root(), organization);
            String title = ReportsWorld.unique("Browser Report Course");
            long[] course = world.course(home, title);
            String n = ReportsWorld.unique("");
            String ada = "Ada Assigned" + n;
            String bo = "Bo Finished" + n;
            String cy = "Cy Late" + n;
            String boEmail = "bo" + n.strip() + "@browser-report.example";
            long adaId = world.person(home, "LEARNER", "ada" + n.strip() + "@browser-report.example", ada);
            long boId = world.person(home, "LEARNER", boEmail, bo);
            long cyId = world.person(home, "LEARNER", "cy" + n.strip() + "@browser-report.example", cy);
            LocalDate today = LocalDate.now();
            world.assign(course[0], adaId, today.plusDays(30).toString());
            world.assign(course[0], boId, today.plusDays(30).toString());
            world.assign(course[0], cyId, today.plusDays(10).toString());
            world.complete(boEmail, course[0], course[1]);
            String team = ReportsWorld.unique("Browser Report Team");
            world.group(home, team, adaId, boId);
            String nightTeam = team + " Night";
            world.group(home, nightTeam, cyId);
            return new ThreeLearners(organization, title, course, ada, bo, cy, team, nightTeam);
        }
    }

    /** The progress table's rows: month, assigned, finished, as the screen writes them. */
    private List<List<String>> progressTable() {
        List<String> months = browser.texts(PROGRESS_ROWS + " .progress-month");
        List<String> assigned = browser.texts(PROGRESS_ROWS + " .progress-assigned");
        List<String> completed = browser.texts(PROGRESS_ROWS + " .progress-completed");
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            rows.add(List.of(months.get(i), assigned.get(i), completed.get(i)));
        }
        return rows;
    }

    /** The progress tab's CSV and XLSX files, exported in the background: the table's rows under the table's headers. */
    private void assertProgressFiles(List<List<String>> table, String month, String assigned, String finished, String sheetName) {
        HttpResponse<byte[]> csv = screens.download(ReportExportsBrowserIT.exported(browser, "reports:tabs:progressCsv"));
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains("progress-over-time.csv"),
                csv.headers().map().toString());
        List<String> lines = Arrays.asList(new String(csv.body(), StandardCharsets.UTF_8).split("\r\n"));
        assertEquals("\ufeff" + month + "," + assigned + "," + finished, lines.get(0));
        assertEquals(table, lines.subList(1, lines.size()).stream().map(ReportsBrowserIT::cells).toList(),
                "the CSV holds the table's rows");

        HttpResponse<byte[]> xlsx = screens.download(ReportExportsBrowserIT.exported(browser, "reports:tabs:progressXlsx"));
        assertEquals(200, xlsx.statusCode());
        assertTrue(xlsx.headers().firstValue("Content-Disposition").orElse("").contains("progress-over-time.xlsx"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals(sheetName, sheet.getSheetName());
            List<List<String>> rows = new ArrayList<>();
            for (int i = 0; i <= sheet.getLastRowNum(); i++) {
                Row row = sheet.getRow(i);
                rows.add(List.of(row.getCell(0).getStringCellValue(), row.getCell(1).getStringCellValue(),
                        row.getCell(2).getStringCellValue()));
            }
            assertEquals(List.of(month, assigned, finished), rows.get(0));
            assertEquals(table, rows.subList(1, rows.size()), "the XLSX holds the table's rows");
        } catch (IOException e) {
            throw new AssertionError("the XLSX file does not read", e);
        }
    }

    /** Chooses a course in the filter's picker by keyboard: its title typed, the first offer taken with Enter. */
    private void pickCourse(String title) {
        browser.type(By.id("reports:course_input"), title);
        By offer = By.cssSelector("[id='reports:course_panel'] li.ui-autocomplete-item");
        browser.waitFor("the picker to offer " + title, () -> browser.texts("[id='reports:course_panel'] li.ui-autocomplete-item")
                .equals(List.of(title)));
        assertTrue(browser.isPresent(offer));
        browser.pressKeys(Keys.ENTER);
        browser.waitUntilIdle();
    }

    private void openTab(String title) {
        browser.clickAndWait(By.xpath("//*[@id='reports:tabs']//ul[@role='tablist']//a[normalize-space()=" + xpathLiteral(title) + "]"));
    }

    /** Clicks a column's header, as a person does, until the table says it is sorted by it in descending order. */
    private void sortDescending(String table, String header) {
        sortBy(table, header, "descending");
    }

    /** Clicks a column's header, as a person does, until the table says it is sorted by it in {@code order}. */
    private void sortBy(String table, String header, String order) {
        By th = By.xpath("//*[@id='reports:tabs:" + table + "']//th[.//span[normalize-space()=" + xpathLiteral(header) + "]]");
        for (int click = 0; click < 3 && !order.equals(browser.driver().findElement(th).getAttribute("aria-sort")); click++) {
            browser.clickAndWait(th);
        }
        assertEquals(order, browser.driver().findElement(th).getAttribute("aria-sort"), () -> header + " sorted " + order
                + "; header: " + browser.driver().findElement(th).getAttribute("outerHTML") + "; console: " + browser.console());
    }

    /** Types a day into a date field as the English page writes it, and leaves the field, which applies it. */
    private void enterDate(String fieldId, LocalDate day) {
        browser.retype(By.id(fieldId + "_input"), day.toString());
        browser.pressKeys(Keys.TAB);
        browser.waitUntilIdle();
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
