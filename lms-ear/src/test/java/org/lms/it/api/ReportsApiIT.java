package org.lms.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lms.it.support.RunningApplication;

/**
 * Reports over HTTP on a small world of their own: one course assigned to a learner of a branch,
 * one below it (who completes it) and one of another branch. A Reporter of the branch sees the
 * first two, in JSON and in the CSV file alike; the Administrator sees all three.
 */
@ExtendWith(RunningApplication.class)
class ReportsApiIT {

    private static ApiWorld world;
    private static long home;
    private static long sub;
    private static long other;
    private static long course;
    private static long inHome;
    private static long inSub;
    private static long inOther;
    private static long team;
    private static Api reporter;

    @BeforeAll
    static void world() {
        world = new ApiWorld();
        home = world.organization(world.root(), "Api Reports");
        sub = world.organization(home, "Api Reports Sub");
        other = world.organization(world.root(), "Api Reports Other");
        course = world.admin.post("/courses", Api.json("organizationId", home, "title", ApiWorld.unique("Api Report Course")))
                .expect(201).id();
        long lesson = world.admin.post("/courses/" + course + "/lessons", Api.json("kind", "TEXT", "title", "Only",
                "body", "<p>Only</p>")).expect(201).id();
        world.admin.post("/courses/" + course + "/publication").expect(200);
        inHome = world.user(home, "LEARNER");
        inSub = world.user(sub, "LEARNER");
        inOther = world.user(other, "LEARNER");
        String due = LocalDate.now().plusDays(30).toString();
        for (long learner : List.of(inHome, inSub, inOther)) {
            world.admin.post("/courses/" + course + "/assignments", Api.json("targetType", "USER", "targetId", learner,
                    "mandatory", true, "dueOn", due)).expect(201);
        }
        world.as(inSub).post("/me/courses/" + course + "/lessons/" + lesson + "/completion").expect(200);
        team = world.group(home, ApiWorld.unique("Api Report Team"));
        world.admin.put("/groups/" + team + "/members/" + inHome).expect(204);
        world.admin.put("/groups/" + team + "/members/" + inSub).expect(204);
        reporter = world.as(world.user(home, "REPORTER"));
    }

    @Test
    void aReporterCountsOnlyTheirBranchAndTheAdministratorEverything() {
        JsonObject mine = reporter.get("/reports/courses?courseId=" + course).expect(200).items().getJsonObject(0);
        assertEquals(List.of(2, 1, 1, 0), List.of(mine.getInt("enrolled"), mine.getInt("notStarted"), mine.getInt("completed"),
                mine.getInt("overdue")), mine.toString());
        JsonObject all = world.admin.get("/reports/courses?courseId=" + course).expect(200).items().getJsonObject(0);
        assertEquals(3, all.getInt("enrolled"), all.toString());

        assertEquals(Set.of(inHome, inSub), userIds(reporter.get("/reports/users?courseId=" + course).expect(200)));
        assertEquals(Set.of(inHome, inSub, inOther), userIds(world.admin.get("/reports/users?courseId=" + course).expect(200)));

        JsonObject group = reporter.get("/reports/groups?groupId=" + team + "&courseId=" + course).expect(200)
                .items().getJsonObject(0);
        assertEquals(List.of(2, 2, 1), List.of(group.getInt("members"), group.getInt("enrollments"), group.getInt("completed")),
                group.toString());
        long outside = world.group(other, ApiWorld.unique("Api Report Other Team"));
        reporter.get("/reports/groups?groupId=" + outside).expectError(404, "not_found");
        assertTrue(world.admin.get("/reports/groups?organizationId=" + other).expect(200).items().stream()
                .anyMatch(v -> v.asJsonObject().getJsonNumber("groupId").longValue() == outside));
        assertEquals(0, reporter.get("/reports/overdue?courseId=" + course).expect(200).total(), "due in a month");

        reporter.get("/reports/courses?organizationId=" + other).expectError(404, "not_found");
        reporter.get("/reports/organizations/" + other).expectError(404, "not_found");
    }

    @Test
    void theOrganizationReportCountsTheSubtreeAndItsChildren() {
        JsonObject report = reporter.get("/reports/organizations/" + home).expect(200).json();
        // Demo rules may give everyone new a course too: the summary agrees with the per-learner report.
        JsonObject total = report.getJsonObject("organization");
        assertEquals(List.of(assigned(home), 1), List.of(total.getInt("enrollments"), total.getInt("completed")),
                total.toString());
        JsonObject children = report.getJsonObject("children");
        assertEquals(1, children.getInt("total"));
        JsonObject child = children.getJsonArray("items").getJsonObject(0);
        assertEquals(List.of((int) sub, 1, assigned(sub), 1), List.of(child.getInt("organizationId"), child.getInt("people"),
                child.getInt("enrollments"), child.getInt("completed")), child.toString());
        assertTrue(child.getInt("enrollments") >= 1);

        List<List<String>> csv = csv(reporter.get("/reports/organizations/" + home + "?format=csv").expect(200));
        assertEquals(List.of("organizationId", "organizationName", "people", "enrollments", "completed", "overdue"), csv.get(0));
        assertEquals(List.of(String.valueOf(home), String.valueOf(sub)), List.of(csv.get(1).get(0), csv.get(2).get(0)));
        assertEquals(3, csv.size(), "the organization, then its one child");
    }

    @Test
    void theCsvFileHoldsTheSameRowsAsTheJson() {
        ApiResponse file = reporter.get("/reports/users?courseId=" + course + "&sort=-name&format=csv").expect(200);
        assertTrue(file.header("Content-Type").startsWith("text/csv"), file.header("Content-Type"));
        assertTrue(file.header("Content-Disposition").contains("user-progress.csv"), file.header("Content-Disposition"));
        List<List<String>> rows = csv(file);
        assertEquals(List.of("userId", "name", "email", "organizationName", "assigned", "completed", "overdue",
                "averageProgress"), rows.get(0));
        ApiResponse json = reporter.get("/reports/users?courseId=" + course + "&sort=-name").expect(200);
        List<String> jsonIds = json.items().stream().map(v -> String.valueOf(v.asJsonObject().getJsonNumber("userId")
                .longValue())).toList();
        assertEquals(jsonIds, rows.subList(1, rows.size()).stream().map(r -> r.get(0)).toList(), "same rows, same order");
        assertEquals(2, jsonIds.size());

        List<List<String>> courses = csv(reporter.get("/reports/courses?courseId=" + course + "&format=csv").expect(200));
        assertEquals(List.of(String.valueOf(course), "2", "1", "0", "1", "0", "0"), List.of(courses.get(1).get(0),
                courses.get(1).get(2), courses.get(1).get(3), courses.get(1).get(4), courses.get(1).get(5),
                courses.get(1).get(6), courses.get(1).get(7)));
        assertEquals(1, csv(reporter.get("/reports/overdue?courseId=" + course + "&format=csv").expect(200)).size(),
                "the header only");
        assertEquals(2, csv(reporter.get("/reports/groups?groupId=" + team + "&format=csv").expect(200)).size());
    }

    /**
     * One row per assigned course: the learner who finished it shows as completed with full
     * progress and a finish time, the other as not started; the CSV, read from one cursor, holds
     * the same rows in the same order as the JSON, for the Reporter's branch only.
     */
    @Test
    void theEnrollmentReportListsEveryAssignmentAndItsCsvTheSameRows() {
        ApiResponse page = reporter.get("/reports/enrollments?courseId=" + course + "&sort=-progress").expect(200);
        assertEquals(2, page.total());
        JsonObject finished = page.items().getJsonObject(0);
        JsonObject waiting = page.items().getJsonObject(1);
        assertEquals(List.of((long) inSub, "COMPLETED", 100, true), List.of(finished.getJsonNumber("userId").longValue(),
                finished.getString("status"), finished.getInt("progress"), finished.containsKey("completedAt")), finished.toString());
        assertEquals(List.of((long) inHome, "NOT_STARTED", 0, false, true), List.of(waiting.getJsonNumber("userId").longValue(),
                waiting.getString("status"), waiting.getInt("progress"), waiting.containsKey("completedAt"),
                waiting.getBoolean("mandatory")), waiting.toString());
        assertEquals(LocalDate.now().plusDays(30).toString(), waiting.getString("dueOn"));
        assertEquals(3, world.admin.get("/reports/enrollments?courseId=" + course).expect(200).total(), "the Administrator: all three");
        assertEquals(1, reporter.get("/reports/enrollments?courseId=" + course + "&status=COMPLETED").expect(200).total());

        ApiResponse file = reporter.get("/reports/enrollments?courseId=" + course + "&sort=-progress&format=csv").expect(200);
        assertTrue(file.header("Content-Disposition").contains("enrollments.csv"), file.header("Content-Disposition"));
        List<List<String>> rows = csv(file);
        assertEquals(List.of("enrollmentId", "userId", "learnerName", "email", "organizationName", "courseId", "courseTitle",
                "status", "mandatory", "progress", "score", "assignedAt", "dueOn", "completedAt"), rows.get(0));
        List<String> jsonIds = page.items().stream().map(v -> String.valueOf(v.asJsonObject().getJsonNumber("enrollmentId")
                .longValue())).toList();
        assertEquals(jsonIds, rows.subList(1, rows.size()).stream().map(r -> r.get(0)).toList(), "same rows, same order");
        assertEquals(List.of(String.valueOf(inSub), "COMPLETED", "100"), List.of(rows.get(1).get(1), rows.get(1).get(7),
                rows.get(1).get(9)));

        world.as(world.user(home, "PUBLISHER")).get("/reports/enrollments?format=csv").expectError(403, "forbidden");
        world.as(inHome).get("/reports/enrollments").expectError(403, "refused");
        reporter.get("/reports/enrollments?organizationId=" + other).expectError(404, "not_found");
        assertTrue(reporter.get("/reports/enrollments?sort=grade").expectError(400, "invalid_input").fields().containsKey("sort"));
    }

    @Test
    void exportsNeedExportReportsAndLearnersNeedTheirSwitch() {
        Api publisher = world.as(world.user(home, "PUBLISHER"));
        publisher.get("/reports/courses?courseId=" + course).expect(200);
        publisher.get("/reports/courses?courseId=" + course + "&format=csv").expectError(403, "forbidden");

        Api learner = world.as(inHome);
        learner.get("/reports/organizations/" + home).expectError(403, "refused");
        learner.get("/reports/courses").expectError(403, "refused");
        learner.get("/reports/overdue?format=csv").expectError(403, "refused");
        ApiResponse history = learner.get("/reports/me/history").expect(200);
        assertTrue(history.body().contains("\"courseId\":" + course), history.body());
        List<List<String>> file = csv(learner.get("/reports/me/history?format=csv").expect(200));
        assertEquals(String.valueOf(course), file.get(1).get(0));
    }

    /**
     * An Instructor of the branch creates and publishes a course of their own; the Administrator
     * assigns it to the three learners. The Instructor's reports count that course's learners of
     * their branch, hide the other course, and refuse the group and organization reports (the
     * overdue list's narrowing is proved in ContainerIT, as the API takes no due date in the past).
     */
    @Test
    void anInstructorReadsTheLearnersOfTheirOwnCourseOnly() {
        long instructorId = world.user(home, "INSTRUCTOR");
        Api instructor = world.as(instructorId);
        long mine = instructor.post("/courses", Api.json("organizationId", home, "title", ApiWorld.unique("Api Instructor Course")))
                .expect(201).id();
        instructor.post("/courses/" + mine + "/lessons", Api.json("kind", "TEXT", "title", "Only", "body", "<p>Only</p>"))
                .expect(201);
        instructor.post("/courses/" + mine + "/publication").expect(200);
        String due = LocalDate.now().plusDays(30).toString();
        for (long learner : List.of(inHome, inSub, inOther)) {
            world.admin.post("/courses/" + mine + "/assignments", Api.json("targetType", "USER", "targetId", learner,
                    "mandatory", true, "dueOn", due)).expect(201);
        }

        ApiResponse courses = instructor.get("/reports/courses?courseId=" + mine).expect(200);
        JsonObject row = courses.items().getJsonObject(0);
        assertEquals(List.of(1, (int) mine, 2, 2), List.of((int) courses.total(), row.getInt("courseId"), row.getInt("enrolled"),
                row.getInt("notStarted")), row.toString());
        assertEquals(0, instructor.get("/reports/courses?courseId=" + course).expect(200).total(), "the Administrator's course");
        assertEquals(Set.of(inHome, inSub), userIds(instructor.get("/reports/users?courseId=" + mine).expect(200)));
        assertEquals(0, instructor.get("/reports/users?courseId=" + course).expect(200).total());
        assertEquals(3, world.admin.get("/reports/users?courseId=" + mine).expect(200).total(), "the Administrator counts all three");
        assertEquals(0, instructor.get("/reports/overdue?courseId=" + mine).expect(200).total(), "due in a month");
        assertEquals(Set.of(inHome, inSub), userIds(instructor.get("/reports/enrollments?courseId=" + mine).expect(200)));
        assertEquals(0, instructor.get("/reports/enrollments?courseId=" + course).expect(200).total());

        instructor.get("/reports/groups?groupId=" + team).expectError(403, "refused");
        instructor.get("/reports/organizations/" + home).expectError(403, "refused");
        instructor.get("/reports/courses?organizationId=" + other).expectError(404, "not_found");
        instructor.get("/reports/courses?courseId=" + mine + "&format=csv").expectError(403, "forbidden");
    }

    @Test
    void badParametersAreNamed() {
        assertTrue(reporter.get("/reports/courses?sort=popularity").expectError(400, "invalid_input").fields().containsKey("sort"));
        assertTrue(reporter.get("/reports/users?status=LATE").expectError(400, "invalid_input").fields().containsKey("status"));
        assertTrue(reporter.get("/reports/overdue?format=xml").expectError(400, "invalid_input").fields().containsKey("format"));
        assertTrue(reporter.get("/reports/groups?size=0&sort=members").expectError(400, "invalid_input").fields()
                .keySet().containsAll(Set.of("size", "sort")));
        assertTrue(reporter.get("/reports/courses?assignedFrom=yesterday&courseId=x").expectError(400, "invalid_input").fields()
                .keySet().containsAll(Set.of("assignedFrom", "courseId")));
        assertTrue(reporter.get("/reports/organizations/" + home + "?page=-1").expectError(400, "invalid_input").fields()
                .containsKey("page"));
        String reversed = reporter.get("/reports/overdue?completedFrom=2026-02-01T00:00:00Z&completedTo=2026-01-01T00:00:00Z")
                .expectError(400, "invalid_input").fields().getString("completedTo");
        assertTrue(reversed.contains("completedFrom"), reversed);
    }

    @Test
    void progressOverTimeListsEveryMonthAndTheCsvSaysTheSame() {
        // The Reporter has no time zone of their own: the months are those of the account's default.
        String zone = world.admin.get("/account/settings").expect(200).json().getString("defaultTimeZone");
        YearMonth now = YearMonth.now(ZoneId.of(zone));
        String query = "/reports/progress-over-time?courseId=" + course + "&from=" + now.minusMonths(2) + "&to=" + now;
        JsonArray months = reporter.get(query).expect(200).json().getJsonArray("items");
        assertEquals(List.of(now.minusMonths(2) + " 0 0", now.minusMonths(1) + " 0 0", now + " 2 1"),
                months.stream().map(v -> v.asJsonObject()).map(m -> m.getString("month") + " " + m.getInt("assigned") + " "
                        + m.getInt("completed")).toList(), "the branch's two learners assigned this month, one finished");
        assertEquals(3, world.admin.get(query).expect(200).json().getJsonArray("items").getJsonObject(2).getInt("assigned"),
                "the Administrator counts the other branch too");

        List<List<String>> file = csv(reporter.get(query + "&format=csv").expect(200));
        assertEquals(List.of("month", "assigned", "completed"), file.get(0));
        assertEquals(months.stream().map(v -> v.asJsonObject()).map(m -> List.of(m.getString("month"),
                String.valueOf(m.getInt("assigned")), String.valueOf(m.getInt("completed")))).toList(), file.subList(1, file.size()));

        JsonArray lastYear = reporter.get("/reports/progress-over-time?courseId=" + course).expect(200).json().getJsonArray("items");
        assertEquals(12, lastYear.size(), "twelve months unless asked otherwise");
        assertEquals(now.toString(), lastYear.getJsonObject(11).getString("month"));

        reporter.get("/reports/progress-over-time?organizationId=" + other).expectError(404, "not_found");
        world.as(world.user(home, "PUBLISHER")).get(query + "&format=csv").expectError(403, "forbidden");
        world.as(inHome).get(query).expectError(403, "refused");
        assertTrue(reporter.get("/reports/progress-over-time?from=2026-05&to=2026-04").expectError(400, "invalid_input")
                .fields().getString("to").contains("from"));
        assertTrue(reporter.get("/reports/progress-over-time?from=2023-01&to=2026-01").expectError(400, "invalid_input")
                .fields().getString("to").contains("36"), "three years and a month are too many");
        assertEquals(36, reporter.get("/reports/progress-over-time?from=2023-01&to=2025-12").expect(200).json()
                .getJsonArray("items").size());
        assertTrue(reporter.get("/reports/progress-over-time?from=March").expectError(400, "invalid_input").fields()
                .containsKey("from"));
    }

    /**
     * The months are the caller's: the answer names the time zone it counted in (their own, else
     * the account's default), the range ends with the current month there unless asked otherwise,
     * and each of the branch's enrollments is counted in the month its assignment and its
     * completion fall in there, in JSON and CSV alike. Moments on either side of a month's first
     * midnight cannot be made over the API: ContainerIT counts those.
     */
    @Test
    void progressOverTimeCountsTheMonthsOfTheCallersTimeZone() {
        String accountZone = world.admin.get("/account/settings").expect(200).json().getString("defaultTimeZone");
        Api viewer = world.as(world.user(home, "REPORTER"));
        String query = "/reports/progress-over-time?courseId=" + course;
        assertEquals(accountZone, viewer.get(query).expect(200).json().getString("timeZone"), "none of their own: the account's");
        List<JsonObject> branch = world.admin.get("/courses/" + course + "/enrollments?size=200").expect(200).items().stream()
                .map(v -> v.asJsonObject()).filter(e -> Set.of(inHome, inSub).contains(e.getJsonNumber("userId").longValue()))
                .toList();
        assertEquals(2, branch.size(), branch.toString());

        // Fourteen hours ahead of UTC and eleven behind.
        for (String zone : List.of("Pacific/Kiritimati", "Pacific/Pago_Pago")) {
            viewer.patch("/me", Api.json("timeZone", zone)).expect(200);
            ZoneId in = ZoneId.of(zone);
            YearMonth now = YearMonth.now(in);
            JsonObject answer = viewer.get(query + "&from=" + now.minusMonths(1)).expect(200).json();
            assertEquals(zone, answer.getString("timeZone"));
            List<String> expected = List.of(now.minusMonths(1), now).stream().map(month -> month + " "
                    + branch.stream().filter(e -> month.equals(monthOf(e, "assignedAt", in))).count() + " "
                    + branch.stream().filter(e -> month.equals(monthOf(e, "completedAt", in))).count()).toList();
            List<JsonObject> months = answer.getJsonArray("items").getValuesAs(JsonObject.class);
            assertEquals(expected, months.stream().map(m -> m.getString("month") + " " + m.getInt("assigned") + " "
                    + m.getInt("completed")).toList(), zone + ": the last month is the current one there");
            List<List<String>> file = csv(viewer.get(query + "&from=" + now.minusMonths(1) + "&format=csv").expect(200));
            assertEquals(months.stream().map(m -> List.of(m.getString("month"), String.valueOf(m.getInt("assigned")),
                    String.valueOf(m.getInt("completed")))).toList(), file.subList(1, file.size()), zone + ": the file says the same");
        }
        viewer.patch("/me", Api.json("timeZone", null)).expect(200);
        assertEquals(accountZone, viewer.get(query).expect(200).json().getString("timeZone"), "back to the account's");
    }

    /** The month of an enrollment's moment in a time zone, or null without that moment. */
    private static YearMonth monthOf(JsonObject enrollment, String moment, ZoneId zone) {
        return !enrollment.containsKey(moment) || enrollment.isNull(moment) ? null
                : YearMonth.from(Instant.parse(enrollment.getString(moment)).atZone(zone));
    }

    /** The courses assigned to the learners of an organization's subtree, as the user progress report counts them. */
    private static int assigned(long organization) {
        return reporter.get("/reports/users?size=200&organizationId=" + organization).expect(200).items().stream()
                .mapToInt(v -> v.asJsonObject().getInt("assigned")).sum();
    }

    private static Set<Long> userIds(ApiResponse page) {
        return page.items().stream().map(v -> v.asJsonObject().getJsonNumber("userId").longValue()).collect(Collectors.toSet());
    }

    /** The file's records as fields; the names in these files hold no commas, quotes or line breaks. */
    private static List<List<String>> csv(ApiResponse response) {
        String body = response.body().startsWith("\ufeff") ? response.body().substring(1) : response.body();
        return Arrays.stream(body.split("\r\n")).filter(line -> !line.isEmpty())
                .map(line -> Arrays.asList(line.split(",", -1))).toList();
    }
}
