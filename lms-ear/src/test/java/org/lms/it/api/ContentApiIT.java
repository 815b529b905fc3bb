package org.lms.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lms.it.support.RunningApplication;

/** Courses, lessons, assignments and a learner's own courses over HTTP, for a Publisher of one branch. */
@ExtendWith(RunningApplication.class)
class ContentApiIT {

    private static ApiWorld world;
    private static long home;
    private static long other;
    private static Api publisher;

    @BeforeAll
    static void world() {
        world = new ApiWorld();
        home = world.organization(world.root(), "Api Content");
        other = world.organization(world.root(), "Api Content Other");
        publisher = world.as(world.user(home, "PUBLISHER"));
    }

    @Test
    void aCourseIsWrittenPublishedAssignedAndCompleted() {
        String title = ApiWorld.unique("Api Course");
        ApiResponse created = publisher.post("/courses", Api.json("organizationId", home, "title", title,
                "description", "What the API course teaches")).expect(201);
        long course = created.id();
        assertEquals("DRAFT", created.json().getString("status"));
        assertTrue(created.header("Location").endsWith("/api/v1/courses/" + course), created.header("Location"));
        assertTrue(publisher.get("/courses?q=" + title.replace(' ', '+') + "&sort=-title").expect(200).ids().contains(course));

        JsonObject text = publisher.post("/courses/" + course + "/lessons", Api.json("kind", "TEXT", "title", "Welcome",
                "body", "<p>Hello <b>learner</b></p><script>alert('x')</script>")).expect(201).json();
        assertTrue(text.getString("body").contains("Hello"), text.toString());
        assertFalse(text.getString("body").contains("script"), text.toString());
        assertFalse(text.getString("body").contains("alert"), text.toString());
        long first = text.getJsonNumber("id").longValue();
        long second = publisher.post("/courses/" + course + "/lessons", Api.json("kind", "link", "title", "Read on",
                "url", "https://example.org/read-on")).expect(201).id();
        publisher.post("/courses/" + course + "/lessons/" + second + "/move", Api.json("direction", -1)).expect(200);
        publisher.post("/courses/" + course + "/lessons/" + second + "/move", Api.json("direction", 1)).expect(200);
        JsonObject detail = publisher.get("/courses/" + course).expect(200).json();
        assertEquals(List.of(first, second), detail.getJsonArray("lessons").stream()
                .map(l -> l.asJsonObject().getJsonNumber("id").longValue()).toList());
        assertTrue(detail.getBoolean("editable"));

        assertEquals("PUBLISHED", publisher.post("/courses/" + course + "/publication").expect(200).json().getString("status"));

        long learnerId = world.user(home, "LEARNER");
        LocalDate due = LocalDate.now().plusDays(30);
        ApiResponse assigned = publisher.post("/courses/" + course + "/assignments", Api.json("targetType", "USER",
                "targetId", learnerId, "mandatory", true, "dueOn", due.toString())).expect(201);
        assertEquals(1, assigned.json().getInt("enrolled"));
        assertTrue(publisher.get("/courses/" + course + "/assignments").expect(200).ids().contains(assigned.id()));
        ApiResponse enrollments = publisher.get("/courses/" + course + "/enrollments").expect(200);
        assertEquals(1, enrollments.total());
        JsonObject enrollment = enrollments.items().getJsonObject(0);
        assertEquals(learnerId, enrollment.getJsonNumber("userId").longValue());
        assertEquals("NOT_STARTED", enrollment.getString("status"));
        assertEquals(due.toString(), enrollment.getString("dueOn"));
        assertEquals(0, publisher.get("/courses/" + course + "/enrollments?status=OVERDUE").expect(200).total());

        Api learner = world.as(learnerId);
        assertTrue(learner.get("/me/courses").expect(200).ids().contains(course));
        JsonObject player = learner.get("/me/courses/" + course).expect(200).json();
        assertEquals(2, player.getJsonArray("lessons").size());
        assertEquals(first, player.getJsonNumber("resumeLessonId").longValue());
        JsonObject lesson = learner.get("/me/courses/" + course + "/lessons/" + first).expect(200).json();
        assertFalse(lesson.getString("body").contains("script"), lesson.toString());
        assertEquals(second, lesson.getJsonNumber("nextId").longValue());
        assertEquals(50, learner.post("/me/courses/" + course + "/lessons/" + first + "/completion").expect(200)
                .json().getInt("progress"));
        JsonObject done = learner.post("/me/courses/" + course + "/lessons/" + second + "/completion").expect(200).json();
        assertEquals("COMPLETED", done.getString("status"));
        assertEquals(100, done.getInt("progress"));
        assertEquals("COMPLETED", publisher.get("/courses/" + course + "/enrollments").items().getJsonObject(0).getString("status"));

        // The learner's record keeps the course: deleting it is refused, archiving is the way.
        publisher.delete("/courses/" + course).expectError(403, "refused");
        assertEquals("ARCHIVED", publisher.post("/courses/" + course + "/archive").expect(200).json().getString("status"));
        learner.get("/me/courses/" + course).expectError(404, "not_found");
    }

    @Test
    void learnersSeeOnlyTheirOwnPublishedCourses() {
        long course = publishedCourse();
        long learnerId = world.user(home, "LEARNER");
        Api learner = world.as(learnerId);
        learner.get("/me/courses/" + course).expectError(404, "not_found");
        assertFalse(learner.get("/me/courses").expect(200).ids().contains(course));
        learner.post("/me/courses/" + course + "/lessons/1/completion").expectError(404, "not_found");
        learner.post("/courses", Api.json("organizationId", home, "title", "Mine")).expectError(403, "forbidden");
        learner.get("/courses").expectError(403, "forbidden");

        long assignment = publisher.post("/courses/" + course + "/assignments", Api.json("targetType", "user",
                "targetId", learnerId, "mandatory", false)).expect(201).id();
        assertTrue(learner.get("/me/courses").expect(200).ids().contains(course));
        publisher.delete("/courses/" + course + "/enrollments/" + learnerId).expect(204);
        learner.get("/me/courses/" + course).expectError(404, "not_found");
        publisher.delete("/courses/" + course + "/assignments/" + assignment).expectError(404, "not_found");
    }

    @Test
    void coursesOfAnotherBranchAreNotFound() {
        long course = publishedCourse();
        Api outsider = world.as(world.user(other, "ORGANIZATION_ADMINISTRATOR"));
        outsider.get("/courses/" + course).expectError(404, "not_found");
        outsider.get("/courses/" + course + "/enrollments").expectError(404, "not_found");
        outsider.delete("/courses/" + course).expectError(404, "not_found");
        assertFalse(outsider.get("/courses?size=200").expect(200).ids().contains(course));
        publisher.get("/courses/" + course).expect(200);
    }

    @Test
    void badInputIsNamed() {
        long course = publishedCourse();
        assertTrue(publisher.post("/courses/" + course + "/lessons", Api.json("kind", "VIDEO", "title", "Film"))
                .expectError(400, "invalid_input").fields().containsKey("kind"));
        assertTrue(publisher.post("/courses/" + course + "/lessons", Api.json("title", "No kind", "body", "<p>x</p>"))
                .expectError(400, "invalid_input").fields().containsKey("kind"));
        assertTrue(publisher.post("/courses/" + course + "/lessons/1/move", Api.json("direction", 2))
                .expectError(400, "invalid_input").fields().containsKey("direction"));
        long learnerId = world.user(home, "LEARNER");
        assertTrue(publisher.post("/courses/" + course + "/assignments", Api.json("targetType", "USER", "targetId", learnerId,
                "mandatory", true, "dueOn", "31.12.2030")).expectError(400, "invalid_input").fields().containsKey("dueOn"));
        JsonObject fields = publisher.post("/courses/" + course + "/assignments", Api.json("targetType", "TEAM", "targetId", "x"))
                .expectError(400, "invalid_input").fields();
        assertTrue(fields.containsKey("targetType") && fields.containsKey("targetId") && fields.containsKey("mandatory"),
                fields.toString());
        assertTrue(publisher.get("/courses?status=GONE&sort=author").expectError(400, "invalid_input").fields().containsKey("sort"));
        assertTrue(publisher.get("/courses/" + course + "/enrollments?status=LATE").expectError(400, "invalid_input")
                .fields().containsKey("status"));
        assertEquals(0, publisher.get("/courses/" + course + "/enrollments").expect(200).total());
    }

    @Test
    void staleVersionsConflict() {
        long course = publisher.post("/courses", Api.json("organizationId", home, "title", ApiWorld.unique("Api Versions")))
                .expect(201).id();
        long version = publisher.get("/courses/" + course).expect(200).version();
        JsonObject renamed = publisher.patch("/courses/" + course, Api.json("title", "Renamed course", "version", version))
                .expect(200).json();
        assertEquals("Renamed course", renamed.getString("title"));
        publisher.patch("/courses/" + course, Api.json("title", "Stale", "version", version)).expectError(409, "conflict");

        JsonObject lesson = publisher.post("/courses/" + course + "/lessons", Api.json("kind", "TEXT", "title", "One",
                "body", "<p>One</p>")).expect(201).json();
        long id = lesson.getJsonNumber("id").longValue();
        long lessonVersion = lesson.getJsonNumber("version").longValue();
        publisher.put("/courses/" + course + "/lessons/" + id, Api.json("kind", "LINK", "title", "One link",
                "url", "https://example.org/one", "version", lessonVersion)).expect(200);
        publisher.put("/courses/" + course + "/lessons/" + id, Api.json("kind", "TEXT", "title", "Stale", "body", "<p>x</p>",
                "version", lessonVersion)).expectError(409, "conflict");

        publisher.delete("/courses/" + course + "/lessons/" + id).expect(204);
        publisher.delete("/courses/" + course + "/lessons/" + id).expectError(404, "not_found");
        publisher.delete("/courses/" + course).expect(204);
        publisher.get("/courses/" + course).expectError(404, "not_found");
    }

    private static long publishedCourse() {
        long course = publisher.post("/courses", Api.json("organizationId", home, "title", ApiWorld.unique("Api Closed Course")))
                .expect(201).id();
        publisher.post("/courses/" + course + "/lessons", Api.json("kind", "TEXT", "title", "Only", "body", "<p>Only</p>"))
                .expect(201);
        publisher.post("/courses/" + course + "/publication").expect(200);
        assertNotNull(publisher.get("/courses/" + course).json().getJsonArray("lessons"));
        return course;
    }
}
