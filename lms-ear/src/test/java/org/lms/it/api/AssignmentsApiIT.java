package org.lms.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lms.it.support.RunningApplication;

/**
 * Assignments over HTTP: a Publisher sets the pass mark, a learner hands in text and a file and
 * replaces them, graders of the course list, open, download and grade, and everyone else is
 * refused or does not find it.
 */
@ExtendWith(RunningApplication.class)
class AssignmentsApiIT {

    private static final String PDF = "%PDF-1.4\n% an assignment handed in over the API\n%%EOF\n";

    private static ApiWorld world;
    private static long home;
    private static long other;
    private static Api publisher;

    @BeforeAll
    static void world() {
        world = new ApiWorld();
        home = world.organization(world.root(), "Api Assignments");
        other = world.organization(world.root(), "Api Assignments Other");
        publisher = world.as(world.user(home, "PUBLISHER"));
    }

    @Test
    void workIsHandedInReplacedGradedAndPassed() {
        long course = course();
        long essay = assignmentLesson(course);
        String rules = "/courses/" + course + "/lessons/" + essay + "/assignment";
        JsonObject defaults = publisher.get(rules).expect(200).json();
        assertEquals(50, defaults.getInt("passMark"));
        assertEquals(Set.of("passMark"), publisher.put(rules, Api.json("passMark", 101, "version", 0))
                .expectError(400, "invalid_input").fields().keySet());
        assertEquals(60, publisher.put(rules, Api.json("passMark", 60, "version", 0)).expect(200).json().getInt("passMark"));
        publisher.put(rules, Api.json("passMark", 70, "version", 0)).expectError(409, "conflict");
        publisher.post("/courses/" + course + "/publication").expect(200);
        long learnerId = world.user(home, "LEARNER");
        assign(course, learnerId);

        Api learner = world.as(learnerId);
        String mine = "/me/courses/" + course + "/lessons/" + essay + "/submissions";
        JsonObject before = learner.get(mine).expect(200).json();
        assertEquals(60, before.getInt("passMark"));
        assertTrue(before.getBoolean("maySubmit"));
        learner.post("/me/courses/" + course + "/lessons/" + essay + "/completion").expectError(403, "refused");
        assertEquals(Set.of("text"), learner.post(mine, Api.json("text", " ")).expectError(400, "invalid_input").fields().keySet());
        assertEquals(Set.of("text"), learner.post(mine, Api.json("text", "x".repeat(20_001))).expectError(400, "invalid_input")
                .fields().keySet());
        learner.send("POST", mine + "/file?name=evil.pdf", "<script>alert(1)</script>", "application/pdf")
                .expectError(400, "invalid_input");

        ApiResponse created = learner.post(mine, Api.json("text", "My <b>essay</b>\nsecond line")).expect(201);
        long first = created.id();
        assertEquals("SUBMITTED", created.json().getString("status"));
        learner.post(mine, Api.json("text", "Another")).expectError(403, "refused");
        long firstVersion = created.json().getJsonNumber("version").longValue();
        learner.send("PUT", mine + "/" + first + "/file?name=essay.pdf&version=" + (firstVersion + 1), PDF, "application/pdf")
                .expectError(409, "conflict");
        JsonObject replaced = learner.send("PUT", mine + "/" + first + "/file?name=..%2Fessay.pdf&version=" + firstVersion, PDF,
                "application/pdf").expect(200).json();
        long second = replaced.getJsonNumber("id").longValue();
        assertEquals("essay.pdf", replaced.getString("fileName"));
        learner.put(mine + "/" + first, Api.json("text", "Again", "version", firstVersion)).expectError(403, "refused");

        // Graders: the Publisher sees it in the queue; an outsider does not find it; a learner may not grade.
        JsonObject page = publisher.get("/submissions?courseId=" + course).expect(200).json();
        assertEquals(1, page.getInt("total"));
        JsonObject queued = page.getJsonArray("items").getJsonObject(0);
        assertEquals(second, queued.getJsonNumber("id").longValue());
        assertTrue(queued.getBoolean("hasFile"));
        assertEquals(Set.of("sort"), publisher.get("/submissions?sort=grade").expectError(400, "invalid_input").fields().keySet());
        assertEquals(Set.of("status"), publisher.get("/submissions?status=LOST").expectError(400, "invalid_input").fields().keySet());
        Api outsider = world.as(world.user(other, "PUBLISHER"));
        assertEquals(0, outsider.get("/submissions?courseId=" + course).expect(200).json().getInt("total"));
        outsider.get("/submissions/" + second).expectError(404, "not_found");
        outsider.get("/submissions/" + second + "/file").expectError(404, "not_found");
        outsider.put("/submissions/" + second + "/grade", Api.json("score", 90)).expectError(404, "not_found");
        learner.get("/submissions/" + second).expectError(403, "forbidden");
        Api instructor = world.as(world.user(home, "INSTRUCTOR"));
        instructor.put("/submissions/" + second + "/grade", Api.json("score", 90)).expectError(403, "refused");

        JsonObject opened = publisher.get("/submissions/" + second).expect(200).json();
        assertEquals(60, opened.getInt("passMark"));
        assertEquals("essay.pdf", opened.getString("fileName"));
        ApiResponse file = publisher.get("/submissions/" + second + "/file").expect(200);
        assertEquals(PDF, file.body());
        assertTrue(file.header("Content-Disposition").startsWith("attachment"), file.header("Content-Disposition"));
        assertEquals("nosniff", file.header("X-Content-Type-Options"));
        publisher.put("/submissions/" + first + "/grade", Api.json("score", 90)).expectError(403, "refused");
        assertEquals(Set.of("score"), publisher.put("/submissions/" + second + "/grade", Api.json("score", 101))
                .expectError(400, "invalid_input").fields().keySet());
        assertEquals(Set.of("feedback"), publisher.put("/submissions/" + second + "/grade", Api.json("score", 10,
                "feedback", "y".repeat(5_001))).expectError(400, "invalid_input").fields().keySet());
        JsonObject failed = publisher.put("/submissions/" + second + "/grade", Api.json("score", 59, "feedback", "Cite sources"))
                .expect(200).json();
        assertEquals("GRADED", failed.getString("status"));
        assertFalse(failed.getBoolean("passed"));
        publisher.put("/submissions/" + second + "/grade", Api.json("score", 100)).expectError(403, "refused");
        assertEquals(1, publisher.get("/submissions?status=GRADED&courseId=" + course).expect(200).json().getInt("total"));

        JsonArray history = learner.get(mine).expect(200).json().getJsonArray("submissions");
        assertEquals("REPLACED", history.getJsonObject(0).getString("status"));
        assertEquals(59, history.getJsonObject(1).getInt("score"));
        assertEquals("Cite sources", history.getJsonObject(1).getString("feedback"));
        long third = learner.post(mine, Api.json("text", "With sources")).expect(201).id();
        JsonObject passed = publisher.put("/submissions/" + third + "/grade", Api.json("score", 60)).expect(200).json();
        assertTrue(passed.getBoolean("passed"), "the pass mark itself passes");
        JsonObject enrollment = publisher.get("/courses/" + course + "/enrollments").expect(200).items().getJsonObject(0);
        assertEquals("PASSED", enrollment.getString("status"), "the assignment was the course's only lesson");
        learner.post(mine, Api.json("text", "More")).expectError(403, "refused");
    }

    @Test
    void assignmentsOfDraftsAndForeignCoursesAreNotFound() {
        long course = course();
        long essay = assignmentLesson(course);
        long learnerId = world.user(home, "LEARNER");
        assign(course, learnerId);
        Api learner = world.as(learnerId);
        String mine = "/me/courses/" + course + "/lessons/" + essay + "/submissions";
        learner.get(mine).expectError(404, "not_found");
        learner.post(mine, Api.json("text", "Draft?")).expectError(404, "not_found");
        publisher.post("/courses/" + course + "/publication").expect(200);
        Api stranger = world.as(world.user(home, "LEARNER"));
        stranger.get(mine).expectError(404, "not_found");
        stranger.post(mine, Api.json("text", "Not mine")).expectError(404, "not_found");
        stranger.send("POST", mine + "/file?name=a.pdf", PDF, "application/pdf").expectError(404, "not_found");
        long text = publisher.post("/courses/" + course + "/lessons", Api.json("kind", "TEXT", "title", "Reading",
                "body", "<p>Read</p>")).expect(201).id();
        publisher.get("/courses/" + course + "/lessons/" + text + "/assignment").expectError(404, "not_found");
        learner.get("/me/courses/" + course + "/lessons/" + text + "/submissions").expectError(404, "not_found");
        Api outsider = world.as(world.user(other, "ORGANIZATION_ADMINISTRATOR"));
        outsider.get("/courses/" + course + "/lessons/" + essay + "/assignment").expectError(404, "not_found");
        outsider.put("/courses/" + course + "/lessons/" + essay + "/assignment", Api.json("passMark", 10, "version", 0))
                .expectError(404, "not_found");
        learner.get("/submissions").expectError(403, "forbidden");
    }

    private static long course() {
        return publisher.post("/courses", Api.json("organizationId", home, "title", ApiWorld.unique("Api Assignment Course")))
                .expect(201).id();
    }

    private static long assignmentLesson(long course) {
        return publisher.post("/courses/" + course + "/lessons", Api.json("kind", "ASSIGNMENT", "title", "Essay",
                "body", "<p>Write a page</p>")).expect(201).id();
    }

    private static void assign(long course, long learnerId) {
        publisher.post("/courses/" + course + "/assignments", Api.json("targetType", "USER", "targetId", learnerId,
                "mandatory", true)).expect(201);
    }
}
