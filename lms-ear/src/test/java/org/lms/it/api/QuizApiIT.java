package org.lms.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lms.it.support.RunningApplication;

/** Quizzes over HTTP: written by a Publisher of one branch, taken and graded for a learner, refused where they must be. */
@ExtendWith(RunningApplication.class)
class QuizApiIT {

    private static ApiWorld world;
    private static long home;
    private static long other;
    private static Api publisher;

    @BeforeAll
    static void world() {
        world = new ApiWorld();
        home = world.organization(world.root(), "Api Quiz");
        other = world.organization(world.root(), "Api Quiz Other");
        publisher = world.as(world.user(home, "PUBLISHER"));
    }

    @Test
    void aQuizIsWrittenThenTakenWithoutTheAnswersReachingTheLearner() {
        long course = course();
        long quiz = quizLesson(course);
        String rules = "/courses/" + course + "/lessons/" + quiz + "/quiz";
        JsonObject set = publisher.put(rules, Api.json("passMark", 60, "maxAttempts", 2, "timeLimitMinutes", null,
                "version", 0)).expect(200).json();
        assertEquals(60, set.getInt("passMark"));
        assertTrue(!set.containsKey("timeLimitMinutes") || set.isNull("timeLimitMinutes"), "no time limit: " + set);
        JsonObject single = publisher.post(rules + "/questions", question("SINGLE_CHOICE", "Capital of France?",
                "Lyon", false, "Paris", true, "Nice", false)).expect(201).json();
        assertTrue(single.getJsonArray("options").getJsonObject(1).getBoolean("correct"), "the editor sees the answers");
        long singleId = single.getJsonNumber("id").longValue();
        long multipleId = publisher.post(rules + "/questions", question("MULTIPLE_CHOICE", "Even numbers?",
                "2", true, "3", false, "4", true)).expect(201).id();
        JsonObject editor = publisher.get(rules).expect(200).json();
        assertEquals(2, editor.getJsonArray("questions").size());
        assertTrue(editor.getBoolean("editable"));
        publisher.post("/courses/" + course + "/publication").expect(200);

        long learnerId = world.user(home, "LEARNER");
        publisher.post("/courses/" + course + "/assignments", Api.json("targetType", "USER", "targetId", learnerId,
                "mandatory", true)).expect(201);
        Api learner = world.as(learnerId);
        String attempts = "/me/courses/" + course + "/lessons/" + quiz + "/attempts";
        JsonObject before = learner.get(attempts).expect(200).json();
        assertEquals(0, before.getInt("total"));
        assertEquals(2, before.getInt("attemptsLeft"));
        assertEquals(60, before.getInt("passMark"));
        learner.post("/me/courses/" + course + "/lessons/" + quiz + "/completion").expectError(403, "refused");

        ApiResponse started = learner.post(attempts).expect(201);
        assertFalse(started.body().toLowerCase(Locale.ROOT).contains("correct"), "no correct flags before submission: " + started.body());
        long attempt = started.id();
        assertTrue(started.header("Location").endsWith("/attempts/" + attempt), started.header("Location"));
        assertEquals(List.of("Lyon", "Paris", "Nice"), started.json().getJsonArray("questions").getJsonObject(0)
                .getJsonArray("options").getValuesAs(jakarta.json.JsonString.class).stream().map(s -> s.getString()).toList());
        assertFalse(learner.get(attempts).body().toLowerCase(Locale.ROOT).contains("correct"));

        // The single-choice question right, the multiple-choice one with only one of its two: 50 %, below 60.
        JsonObject failed = learner.post(attempts + "/" + attempt + "/submission", answers(singleId, List.of(1), multipleId, List.of(0)))
                .expect(200).json();
        assertEquals(50, failed.getJsonObject("attempt").getInt("score"));
        assertFalse(failed.getJsonObject("attempt").getBoolean("passed"));
        assertEquals(1, failed.getInt("rightAnswers"));
        assertEquals("IN_PROGRESS", failed.getString("courseStatus"));
        learner.post(attempts + "/" + attempt + "/submission", answers(singleId, List.of(1))).expectError(403, "refused");

        long second = learner.post(attempts).expect(201).id();
        // Answers saved on the open attempt come back when it is continued, and a bad one is a 400 that changes nothing.
        learner.put(attempts + "/" + second + "/answers", answers(singleId, List.of(1))).expect(204);
        learner.put(attempts + "/" + second + "/answers", answers(singleId, List.of(5))).expectError(400, "invalid_input");
        JsonObject continued = learner.post(attempts).expect(201).json();
        assertEquals(second, continued.getJsonNumber("id").longValue(), "the open attempt is continued");
        assertEquals(singleId, continued.getJsonArray("answers").getJsonObject(0).getJsonNumber("questionId").longValue());
        assertEquals(List.of(1), continued.getJsonArray("answers").getJsonObject(0).getJsonArray("options")
                .getValuesAs(jakarta.json.JsonNumber.class).stream().map(jakarta.json.JsonNumber::intValue).toList());
        learner.put(attempts + "/" + attempt + "/answers", answers(singleId, List.of(0))).expectError(403, "refused");
        JsonObject passed = learner.post(attempts + "/" + second + "/submission", answers(singleId, List.of(1), multipleId, List.of(2, 0)))
                .expect(200).json();
        assertEquals(100, passed.getJsonObject("attempt").getInt("score"));
        assertTrue(passed.getJsonObject("attempt").getBoolean("passed"));
        assertEquals("PASSED", passed.getString("courseStatus"), "the quiz was the course's only lesson");
        assertEquals(100, passed.getInt("progress"));
        learner.post(attempts).expectError(403, "refused");

        JsonObject after = learner.get(attempts).expect(200).json();
        assertEquals(2, after.getInt("total"));
        assertEquals(100, after.getInt("bestScore"));
        assertTrue(after.getBoolean("passed"));
        assertEquals(0, after.getInt("attemptsLeft"));
        JsonObject enrollment = publisher.get("/courses/" + course + "/enrollments").expect(200).items().getJsonObject(0);
        assertEquals("PASSED", enrollment.getString("status"));
        assertEquals(100, enrollment.getInt("score"));
    }

    @Test
    void quizzesOfDraftsForeignCoursesAndOtherPeoplesAttemptsAreNotFound() {
        long course = course();
        long quiz = quizLesson(course);
        String rules = "/courses/" + course + "/lessons/" + quiz + "/quiz";
        long questionId = publisher.post(rules + "/questions", question("TRUE_FALSE", "Sky is blue", "True", true, "False", false))
                .expect(201).id();
        long learnerId = world.user(home, "LEARNER");
        publisher.post("/courses/" + course + "/assignments", Api.json("targetType", "USER", "targetId", learnerId,
                "mandatory", false)).expect(201);
        Api learner = world.as(learnerId);
        String attempts = "/me/courses/" + course + "/lessons/" + quiz + "/attempts";
        learner.post(attempts).expectError(404, "not_found");
        learner.get(attempts).expectError(404, "not_found");

        publisher.post("/courses/" + course + "/publication").expect(200);
        long attempt = learner.post(attempts).expect(201).id();
        Api stranger = world.as(world.user(home, "LEARNER"));
        stranger.get(attempts).expectError(404, "not_found");
        stranger.post(attempts).expectError(404, "not_found");
        stranger.post(attempts + "/" + attempt + "/submission", answers(questionId, List.of(0))).expectError(404, "not_found");
        publisher.post(attempts).expectError(404, "not_found");

        long colleagueId = world.user(home, "LEARNER");
        publisher.post("/courses/" + course + "/assignments", Api.json("targetType", "USER", "targetId", colleagueId,
                "mandatory", false)).expect(201);
        world.as(colleagueId).post(attempts + "/" + attempt + "/submission", answers(questionId, List.of(0)))
                .expectError(404, "not_found");

        learner.get(rules).expectError(403, "forbidden");
        Api outsider = world.as(world.user(other, "ORGANIZATION_ADMINISTRATOR"));
        outsider.get(rules).expectError(404, "not_found");
        outsider.post(rules + "/questions", question("TRUE_FALSE", "Mine?", "True", true, "False", false)).expectError(404, "not_found");
        outsider.delete(rules + "/questions/" + questionId).expectError(404, "not_found");
        assertEquals(1, publisher.get(rules).expect(200).json().getJsonArray("questions").size(), "nothing changed");
    }

    @Test
    void badInputIsNamedAndStaleVersionsConflict() {
        long course = course();
        long quiz = quizLesson(course);
        String rules = "/courses/" + course + "/lessons/" + quiz + "/quiz";
        JsonObject fields = publisher.put(rules, Api.json("passMark", 150, "maxAttempts", 0, "timeLimitMinutes", 9999,
                "version", 0)).expectError(400, "invalid_input").fields();
        assertEquals(java.util.Set.of("passMark", "maxAttempts", "timeLimitMinutes"), fields.keySet());
        assertTrue(publisher.put(rules, Api.json("maxAttempts", 3)).expectError(400, "invalid_input").fields()
                .keySet().containsAll(List.of("passMark", "version")));
        assertTrue(publisher.post(rules + "/questions", question("ESSAY", "Write", "A", true, "B", false))
                .expectError(400, "invalid_input").fields().containsKey("kind"));
        fields = publisher.post(rules + "/questions", question("SINGLE_CHOICE", " ", "A", true, "B", true))
                .expectError(400, "invalid_input").fields();
        assertEquals(java.util.Set.of("text", "options"), fields.keySet());
        fields = publisher.post(rules + "/questions", question("TRUE_FALSE", "Three?", "A", true, "B", false, "C", false))
                .expectError(400, "invalid_input").fields();
        assertEquals(java.util.Set.of("options"), fields.keySet());
        assertTrue(publisher.post(rules + "/questions", Api.json("kind", "SINGLE_CHOICE", "text", "Q", "options", "A"))
                .expectError(400, "invalid_input").fields().containsKey("options"));
        assertTrue(publisher.post(rules + "/questions", "{\"kind\": \"SINGLE_CHOICE\", \"text\": \"Q\", \"options\": [{\"text\": 5}]}")
                .expectError(400, "invalid_input").fields().containsKey("options[0].text"));

        JsonObject added = publisher.post(rules + "/questions", question("SINGLE_CHOICE", "One", "A", true, "B", false))
                .expect(201).json();
        long questionId = added.getJsonNumber("id").longValue();
        long version = added.getJsonNumber("version").longValue();
        String changed = question("SINGLE_CHOICE", "One, changed", "A", false, "B", true);
        publisher.put(rules + "/questions/" + questionId, withVersion(changed, version)).expect(200);
        publisher.put(rules + "/questions/" + questionId, withVersion(changed, version)).expectError(409, "conflict");
        assertTrue(publisher.post(rules + "/questions/" + questionId + "/move", Api.json("direction", 3))
                .expectError(400, "invalid_input").fields().containsKey("direction"));

        long text = publisher.post("/courses/" + course + "/lessons", Api.json("kind", "TEXT", "title", "Reading",
                "body", "<p>Read</p>")).expect(201).id();
        publisher.get("/courses/" + course + "/lessons/" + text + "/quiz").expectError(404, "not_found");
        publisher.delete(rules + "/questions/" + questionId).expect(204);
        publisher.delete(rules + "/questions/" + questionId).expectError(404, "not_found");
        publisher.post(rules + "/questions", question("SINGLE_CHOICE", "Two", "A", true, "B", false)).expect(201);

        publisher.post("/courses/" + course + "/publication").expect(200);
        long learnerId = world.user(home, "LEARNER");
        publisher.post("/courses/" + course + "/assignments", Api.json("targetType", "USER", "targetId", learnerId,
                "mandatory", false)).expect(201);
        Api learner = world.as(learnerId);
        String attempts = "/me/courses/" + course + "/lessons/" + quiz + "/attempts";
        long attempt = learner.post(attempts).expect(201).id();
        assertTrue(learner.post(attempts + "/" + attempt + "/submission", Api.json("answers", "all of them"))
                .expectError(400, "invalid_input").fields().containsKey("answers"));
        assertTrue(learner.post(attempts + "/" + attempt + "/submission", "{}").expectError(400, "invalid_input")
                .fields().containsKey("answers"));
        assertTrue(learner.post(attempts + "/" + attempt + "/submission", answers(questionId, List.of(0)))
                .expectError(400, "invalid_input").fields().containsKey("answers"), "a removed question is no question of the quiz");
        learner.post("/me/courses/" + course + "/lessons/" + text + "/attempts").expectError(404, "not_found");
    }

    private static long course() {
        return publisher.post("/courses", Api.json("organizationId", home, "title", ApiWorld.unique("Api Quiz Course")))
                .expect(201).id();
    }

    private static long quizLesson(long course) {
        JsonObject lesson = publisher.post("/courses/" + course + "/lessons", Api.json("kind", "quiz", "title", "Check",
                "body", "<p>Two questions</p>")).expect(201).json();
        assertEquals("QUIZ", lesson.getString("kind"));
        return lesson.getJsonNumber("id").longValue();
    }

    /** A question body: kind, text, then option texts each followed by whether it is correct. */
    private static String question(String kind, String text, Object... options) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (int i = 0; i < options.length; i += 2) {
            array.add(Json.createObjectBuilder().add("text", (String) options[i]).add("correct", (Boolean) options[i + 1]));
        }
        return Json.createObjectBuilder().add("kind", kind).add("text", text).add("options", array).build().toString();
    }

    private static String withVersion(String body, long version) {
        return Json.createObjectBuilder(Json.createReader(new java.io.StringReader(body)).readObject()).add("version", version)
                .build().toString();
    }

    /** A submission: question ids, each followed by the places of the options chosen. */
    @SuppressWarnings("unchecked")
    private static String answers(Object... pairs) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            JsonArrayBuilder chosen = Json.createArrayBuilder();
            ((List<Integer>) pairs[i + 1]).forEach(chosen::add);
            array.add(Json.createObjectBuilder().add("questionId", (Long) pairs[i]).add("options", chosen));
        }
        return Json.createObjectBuilder().add("answers", array).build().toString();
    }
}
