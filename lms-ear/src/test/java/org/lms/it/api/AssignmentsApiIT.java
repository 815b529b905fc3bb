package org.lms.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lms.it.support.RunningApplication;

/**
 * Assignments over HTTP: a Publisher sets the pass mark, a learner hands in text and a file (as
 * JSON and a raw body, or both in one form) and replaces them, graders of the course list, open,
 * download and grade, the learner downloads their own file, and everyone else is refused or does
 * not find it.
 */
@ExtendWith(RunningApplication.class)
class AssignmentsApiIT {

    private static final String PDF = "%PDF-1.4\n% an assignment handed in over the API\n%%EOF\n";
    private static final String OTHER_PDF = "%PDF-1.7\n% a second try, handed in as a form\n%%EOF\n";
    /** The largest file a submission takes (SubmissionFiles.MAX_BYTES). */
    private static final long MAX_FILE = 50L * 1024 * 1024;
    /** The largest form: the largest file and a mebibyte for the rest (RequestSizeLimit.SUBMISSION_FORM_MAX_BYTES). */
    private static final long MAX_FORM = MAX_FILE + 1024 * 1024;

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
    void textAndAFileAreOneSubmissionAsAFormAndItsFileIsDownloadedByTheGraderAndTheLearner() throws IOException {
        long course = course();
        long essay = assignmentLesson(course);
        publisher.post("/courses/" + course + "/publication").expect(200);
        long learnerId = world.user(home, "LEARNER");
        long classmateId = world.user(home, "LEARNER");
        assign(course, learnerId);
        assign(course, classmateId);
        Api learner = world.as(learnerId);
        String mine = "/me/courses/" + course + "/lessons/" + essay + "/submissions";

        // Bad forms answer 400 in the API's error shape, and leave nothing behind.
        assertEquals(Set.of("text"), learner.form("POST", mine, new MultipartForm()).expectError(400, "invalid_input")
                .fields().keySet(), "an empty form");
        assertEquals(Set.of("text"), learner.form("POST", mine, new MultipartForm().text("text", " ").file("file", "", new byte[0]))
                .expectError(400, "invalid_input").fields().keySet(), "what a browser sends with nothing typed or chosen");
        assertEquals(Set.of("file"), learner.form("POST", mine, new MultipartForm().text("text", "With a script")
                .file("file", "evil.pdf", "<script>alert(1)</script>".getBytes(StandardCharsets.US_ASCII)))
                .expectError(400, "invalid_input").fields().keySet(), "a file is told by its content, not its name");
        assertEquals(Set.of("comment"), learner.form("POST", mine, new MultipartForm().text("text", "Essay").text("comment", "Hi"))
                .expectError(400, "invalid_input").fields().keySet(), "an unknown part");
        ApiResponse oversize = learner.form("POST", mine, new MultipartForm().text("text", "A large film")
                .file("file", "film.pdf", PDF.getBytes(StandardCharsets.US_ASCII), MAX_FILE + 1)).expectError(400, "invalid_input");
        assertEquals(Set.of("file"), oversize.fields().keySet(), "one byte over the file's limit, counted as it is stored");
        assertTooLarge(learner, mine);
        assertTrue(learner.get(mine).expect(200).json().getJsonArray("submissions").isEmpty(), "refused forms leave nothing");
        assertEquals(0, publisher.get("/submissions?courseId=" + course).expect(200).json().getInt("total"));

        // One form, one submission: the text and the file, under the file part's name.
        ApiResponse made = learner.form("POST", mine, new MultipartForm().text("text", "Grüße, my essay\nsecond line")
                .file("file", "my essay.pdf", PDF.getBytes(StandardCharsets.US_ASCII))).expect(201);
        long first = made.id();
        assertTrue(made.header("Location").endsWith(mine + "/" + first), made.header("Location"));
        assertEquals("Grüße, my essay\nsecond line", made.json().getString("text"));
        assertEquals("my essay.pdf", made.json().getString("fileName"));
        assertEquals(PDF.length(), made.json().getInt("fileSize"));
        assertEquals(1, learner.get(mine).expect(200).json().getJsonArray("submissions").size());
        JsonObject queued = publisher.get("/submissions?courseId=" + course).expect(200).items().getJsonObject(0);
        assertEquals(first, queued.getJsonNumber("id").longValue());
        assertTrue(queued.getBoolean("hasFile"));

        // The grader and the learner download the same bytes; nobody else finds them.
        assertEquals(PDF, publisher.get("/submissions/" + first + "/file").expect(200).body());
        ApiResponse own = learner.get(mine + "/" + first + "/file").expect(200);
        assertEquals(PDF, own.body());
        assertEquals("application/pdf", own.header("Content-Type"));
        assertEquals("attachment; filename=\"my essay.pdf\"; filename*=UTF-8''my%20essay.pdf", own.header("Content-Disposition"));
        assertEquals("nosniff", own.header("X-Content-Type-Options"));
        assertEquals(206, learner.send("GET", mine + "/" + first + "/file", null, null, "Range", "bytes=0-3").status());
        world.as(classmateId).get(mine + "/" + first + "/file").expectError(404, "not_found");
        world.as(world.user(home, "LEARNER")).get(mine + "/" + first + "/file").expectError(404, "not_found");
        world.as(world.user(other, "ADMINISTRATOR")).get(mine + "/" + first + "/file").expectError(404, "not_found");

        // Replacing with a form takes the version as a part.
        long version = made.version();
        assertEquals(Set.of("version"), learner.form("PUT", mine + "/" + first, new MultipartForm().text("text", "Again"))
                .expectError(400, "invalid_input").fields().keySet());
        learner.form("PUT", mine + "/" + first, new MultipartForm().text("text", "Again").text("version", Long.toString(version + 1)))
                .expectError(409, "conflict");
        assertEquals(Set.of("file"), learner.form("PUT", mine + "/" + first, new MultipartForm().text("version", Long.toString(version))
                .file("file", "empty.pdf", new byte[0])).expectError(400, "invalid_input").fields().keySet(), "an empty file");
        JsonObject replaced = learner.form("PUT", mine + "/" + first, new MultipartForm().text("text", "Second try")
                .file("file", "second.pdf", OTHER_PDF.getBytes(StandardCharsets.US_ASCII)).text("version", Long.toString(version)))
                .expect(200).json();
        long second = replaced.getJsonNumber("id").longValue();
        assertEquals("Second try", replaced.getString("text"));
        assertEquals(OTHER_PDF, learner.get(mine + "/" + second + "/file").expect(200).body());
        assertEquals(PDF, learner.get(mine + "/" + first + "/file").expect(200).body(), "the replaced one stays the learner's");
        JsonArray history = learner.get(mine).expect(200).json().getJsonArray("submissions");
        assertEquals(List.of("REPLACED", "SUBMITTED"), history.stream().map(v -> v.asJsonObject().getString("status")).toList());

        // Text alone as a form; a submission without a file has none to download.
        publisher.put("/submissions/" + second + "/grade", Api.json("score", 10)).expect(200);
        long third = learner.form("POST", mine, new MultipartForm().text("text", "Only words")).expect(201).id();
        learner.get(mine + "/" + third + "/file").expectError(404, "not_found");
    }

    /** A form over the whole form's limit: turned away when its length is declared, cut off as it arrives when not. */
    private static void assertTooLarge(Api learner, String mine) throws IOException {
        String head = "POST /api/v1" + mine + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer " + learner.token()
                + "\r\nContent-Type: multipart/form-data; boundary=cut\r\n";
        RawHttp.Answer declared = RawHttp.send(head + "Content-Length: " + (MAX_FORM + 1) + "\r\nConnection: close\r\n\r\n",
                "--cut\r\n".getBytes(StandardCharsets.US_ASCII));
        assertEquals(400, declared.status(), declared.body());
        assertTrue(declared.body().contains("\"request_too_large\""), declared.body());

        byte[] chunk = new byte[1 << 16];
        byte[] chunkHead = (Integer.toHexString(chunk.length) + "\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] crlf = "\r\n".getBytes(StandardCharsets.US_ASCII);
        List<byte[]> body = new ArrayList<>();
        byte[] start = ("--cut\r\nContent-Disposition: form-data; name=\"file\"; filename=\"endless.pdf\"\r\n\r\n%PDF-1.4\n")
                .getBytes(StandardCharsets.US_ASCII);
        body.add((Integer.toHexString(start.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        body.add(start);
        body.add(crlf);
        for (long sent = 0; sent <= MAX_FORM; sent += chunk.length) {
            body.add(chunkHead);
            body.add(chunk);
            body.add(crlf);
        }
        body.add("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        RawHttp.Answer endless = RawHttp.send(head + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n",
                body.toArray(byte[][]::new));
        assertEquals(400, endless.status(), endless.body());
        assertTrue(endless.body().contains("\"request_too_large\""), endless.body());
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
        stranger.form("POST", mine, new MultipartForm().text("text", "Not mine")).expectError(404, "not_found");
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
