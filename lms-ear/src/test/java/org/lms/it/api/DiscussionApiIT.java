package org.lms.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lms.it.support.RunningApplication;

/**
 * A course's discussion over HTTP: learners the course is assigned to and its Publisher talk,
 * the Publisher moderates, and everyone else gets 404 whatever they try.
 */
@ExtendWith(RunningApplication.class)
class DiscussionApiIT {

    private static ApiWorld world;
    private static long home;
    private static long other;
    private static Api publisher;

    @BeforeAll
    static void world() {
        world = new ApiWorld();
        home = world.organization(world.root(), "Api Discussion");
        other = world.organization(world.root(), "Api Discussion Other");
        publisher = world.as(world.user(home, "PUBLISHER"));
    }

    @Test
    void learnersTalkAndTheirPublisherModerates() {
        long learnerId = world.user(home, "LEARNER");
        long colleagueId = world.user(home, "LEARNER");
        long course = publishedCourse(learnerId, colleagueId);
        Api learner = world.as(learnerId);
        Api colleague = world.as(colleagueId);
        String threads = "/courses/" + course + "/discussion/threads";

        JsonObject empty = learner.get(threads).expect(200).json();
        assertEquals(0, empty.getInt("total"));
        assertFalse(empty.getBoolean("moderator"));
        assertFalse(empty.getBoolean("readOnly"));

        String markup = "<script>window.__xss=1</script>\nSecond line";
        ApiResponse started = learner.post(threads, Api.json("title", "<b>Question</b>", "body", markup)).expect(201);
        long thread = started.id();
        assertTrue(started.header("Location").endsWith("/api/v1/courses/" + course + "/discussion/threads/" + thread),
                started.header("Location"));
        assertEquals("<b>Question</b>", started.json().getString("title"), "plain text, sent back as written");
        assertEquals(markup, started.json().getJsonObject("opening").getString("body"));

        JsonObject reply = colleague.post(threads + "/" + thread + "/replies", Api.json("body", "Try the handbook.")).expect(201).json();
        long replyId = reply.getJsonNumber("id").longValue();
        assertTrue(reply.getBoolean("removable"), "one's own reply");
        colleague.post(threads + "/" + thread + "/replies", Api.json("body", "Or ask me.")).expect(201);

        JsonObject list = learner.get(threads).expect(200).json();
        assertEquals(1, list.getInt("total"));
        JsonObject row = list.getJsonArray("items").getJsonObject(0);
        assertEquals(2, row.getInt("replies"));
        assertTrue(row.containsKey("lastPostAt"), row.toString());
        JsonObject detail = learner.get(threads + "/" + thread + "?page=1&size=1").expect(200).json();
        assertEquals(2, detail.getInt("total"));
        assertEquals(List.of("Or ask me."), detail.getJsonArray("replies").getValuesAs(JsonObject.class).stream()
                .map(p -> p.getString("body")).toList(), "the second page of one reply, oldest first");
        learner.get(threads + "?sort=title").expectError(400, "invalid_input");

        // Another learner may not remove a reply; its author and the moderator may.
        String posts = "/courses/" + course + "/discussion/posts/";
        learner.delete(posts + replyId).expectError(403, "refused");
        JsonObject moderated = publisher.get(threads).expect(200).json();
        assertTrue(moderated.getBoolean("moderator"));
        publisher.delete(posts + replyId).expect(204);
        JsonObject removed = learner.get(threads + "/" + thread).expect(200).json().getJsonArray("replies").getJsonObject(0);
        assertEquals("BY_MODERATOR", removed.getString("removal"));
        assertFalse(removed.containsKey("body"), "no text once removed: " + removed);

        // The author removes the thread: gone from the learners' list and address, still listed to the moderator.
        learner.delete(posts + thread).expect(204);
        assertEquals(0, colleague.get(threads).expect(200).json().getInt("total"));
        colleague.get(threads + "/" + thread).expectError(404, "not_found");
        colleague.post(threads + "/" + thread + "/replies", Api.json("body", "Hello?")).expectError(404, "not_found");
        JsonObject kept = publisher.get(threads).expect(200).json().getJsonArray("items").getJsonObject(0);
        assertEquals("BY_AUTHOR", kept.getString("removal"));
        assertFalse(kept.containsKey("title"), kept.toString());

        // Archived: read-only for the moderator, and no longer the learners' course.
        publisher.post("/courses/" + course + "/archive").expect(200);
        assertTrue(publisher.get(threads).expect(200).json().getBoolean("readOnly"));
        publisher.post(threads, Api.json("title", "Late", "body", "Too late")).expectError(403, "refused");
        learner.get(threads).expectError(404, "not_found");
    }

    @Test
    void peopleOutsideTheCourseGetNotFoundWhateverTheyTry() {
        long learnerId = world.user(home, "LEARNER");
        long course = publishedCourse(learnerId);
        String threads = "/courses/" + course + "/discussion/threads";
        long thread = world.as(learnerId).post(threads, Api.json("title", "Mine", "body", "Hello")).expect(201).id();
        List<Api> strangers = List.of(world.as(world.user(home, "LEARNER")), world.as(world.user(other, "LEARNER")),
                world.as(world.user(home, "INSTRUCTOR")), world.as(world.user(other, "PUBLISHER")));
        for (Api stranger : strangers) {
            stranger.get(threads).expectError(404, "not_found");
            stranger.get(threads + "/" + thread).expectError(404, "not_found");
            stranger.post(threads, Api.json("title", "Hi", "body", "Me too")).expectError(404, "not_found");
            stranger.post(threads + "/" + thread + "/replies", Api.json("body", "Me too")).expectError(404, "not_found");
            stranger.delete("/courses/" + course + "/discussion/posts/" + thread).expectError(404, "not_found");
        }
        publisher.get("/courses/999999999/discussion/threads").expectError(404, "not_found");
        assertEquals(1, publisher.get(threads).expect(200).json().getInt("total"), "nothing changed");
    }

    @Test
    void badInputIsNamedAndNothingIsStored() {
        long learnerId = world.user(home, "LEARNER");
        long course = publishedCourse(learnerId);
        Api learner = world.as(learnerId);
        String threads = "/courses/" + course + "/discussion/threads";
        assertEquals(Set.of("title", "body"), learner.post(threads, "{}").expectError(400, "invalid_input").fields().keySet());
        assertTrue(learner.post(threads, Api.json("title", "t".repeat(201), "body", "Fine")).expectError(400, "invalid_input")
                .fields().containsKey("title"));
        assertTrue(learner.post(threads, Api.json("title", "Fine", "body", "b".repeat(10_001))).expectError(400, "invalid_input")
                .fields().containsKey("body"));
        assertTrue(learner.post(threads, Api.json("title", "Fine", "body", "Fine", "id", 5)).expectError(400, "invalid_input")
                .fields().containsKey("id"));
        assertTrue(learner.inGerman().post(threads, Api.json("title", " ", "body", "Fine")).expectError(400, "invalid_input")
                .fields().getString("title").contains("erforderlich"));
        assertEquals(0, learner.get(threads).expect(200).json().getInt("total"), "nothing stored");
        long thread = learner.post(threads, Api.json("title", "t".repeat(200), "body", "b".repeat(10_000))).expect(201).id();
        assertTrue(learner.post(threads + "/" + thread + "/replies", Api.json("body", "")).expectError(400, "invalid_input")
                .fields().containsKey("body"));
        assertEquals(0, learner.get(threads + "/" + thread).expect(200).json().getInt("total"));
    }

    /** A published course of the home organization with a text lesson, assigned to the learners given. */
    private static long publishedCourse(long... learners) {
        long course = publisher.post("/courses", Api.json("organizationId", home, "title", ApiWorld.unique("Api Discussed")))
                .expect(201).id();
        publisher.post("/courses/" + course + "/lessons", Api.json("kind", "TEXT", "title", "Intro", "body", "<p>Read</p>"))
                .expect(201);
        publisher.post("/courses/" + course + "/publication").expect(200);
        for (long learner : learners) {
            publisher.post("/courses/" + course + "/assignments", Api.json("targetType", "USER", "targetId", learner,
                    "mandatory", false)).expect(201);
        }
        return course;
    }
}
