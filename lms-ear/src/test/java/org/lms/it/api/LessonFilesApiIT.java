package org.lms.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lms.it.support.RunningApplication;

/**
 * A lesson's file over HTTP: uploaded as the raw body, typed by its content, served with range
 * requests to the course's editors and its learners, and to nobody else.
 */
@ExtendWith(RunningApplication.class)
class LessonFilesApiIT {

    private static final String PDF = "%PDF-1.4\n% a lesson file\n1 0 obj << >> endobj\n%%EOF\n";

    private static ApiWorld world;
    private static long home;
    private static Api publisher;

    @BeforeAll
    static void world() {
        world = new ApiWorld();
        home = world.organization(world.root(), "Api Files");
        publisher = world.as(world.user(home, "PUBLISHER"));
    }

    @Test
    void aFileIsUploadedAndServedInRangesToEditorsAndAssignedLearnersOnly() {
        long course = publisher.post("/courses", Api.json("organizationId", home, "title", ApiWorld.unique("Api Files"))).expect(201).id();
        long lesson = publisher.post("/courses/" + course + "/lessons", Api.json("kind", "FILE", "title", "Handbook")).expect(201).id();
        String file = "/courses/" + course + "/lessons/" + lesson + "/file";

        // The type comes from the content: a script named .pdf, an empty body and a text lesson are refused.
        publisher.send("PUT", file + "?name=evil.pdf", "<script>alert(1)</script>", "application/pdf").expectError(400, "invalid_input");
        publisher.send("PUT", file + "?name=empty.pdf", "", "application/pdf").expectError(400, "invalid_input");
        long text = publisher.post("/courses/" + course + "/lessons", Api.json("kind", "TEXT", "title", "Words", "body", "<p>x</p>"))
                .expect(201).id();
        publisher.send("PUT", "/courses/" + course + "/lessons/" + text + "/file?name=a.pdf", PDF, "application/pdf")
                .expectError(400, "invalid_input");
        publisher.get(file).expectError(404, "not_found");

        // Folders in the name are dropped; the type is the one found, not the one claimed.
        JsonObject stored = publisher.send("PUT", file + "?name=..%2F..%2Fhandbook.pdf", PDF, "text/html").expect(200).json();
        assertEquals("handbook.pdf", stored.getString("name"));
        assertEquals("application/pdf", stored.getString("contentType"));
        assertEquals(PDF.length(), stored.getInt("size"));
        JsonObject listed = publisher.get("/courses/" + course).expect(200).json().getJsonArray("lessons").getJsonObject(0);
        assertEquals("handbook.pdf", listed.getJsonObject("file").getString("name"));

        ApiResponse whole = publisher.get(file).expect(200);
        assertEquals(PDF, whole.body());
        assertEquals("application/pdf", whole.header("Content-Type"));
        assertEquals("bytes", whole.header("Accept-Ranges"));
        assertTrue(whole.header("Content-Disposition").startsWith("attachment; filename=\"handbook.pdf\""), whole.header("Content-Disposition"));
        assertEquals("\"" + stored.getString("sha256") + "\"", whole.header("ETag"));
        ApiResponse part = publisher.send("GET", file, null, null, "Range", "bytes=0-3").expect(206);
        assertEquals("%PDF", part.body());
        assertEquals("bytes 0-3/" + PDF.length(), part.header("Content-Range"));
        assertEquals("6", publisher.send("GET", file, null, null, "Range", "bytes=-6").expect(206).header("Content-Length"));
        assertEquals("bytes */" + PDF.length(), publisher.send("GET", file, null, null, "Range", "bytes=9999-").expect(416)
                .header("Content-Range"));
        publisher.send("GET", file, null, null, "If-None-Match", whole.header("ETag")).expect(304);

        // Learners: the assigned one gets it once the course is published; another gets "not found".
        long learnerId = world.user(home, "LEARNER");
        Api learner = world.as(learnerId);
        Api stranger = world.as(world.user(home, "LEARNER"));
        String mine = "/me/courses/" + course + "/lessons/" + lesson + "/file";
        learner.get(file).expectError(403, "forbidden");
        learner.send("PUT", file + "?name=mine.pdf", PDF, "application/pdf").expectError(403, "forbidden");
        publisher.post("/courses/" + course + "/assignments", Api.json("targetType", "USER", "targetId", learnerId, "mandatory", true)).expect(201);
        learner.get(mine).expectError(404, "not_found");
        publisher.post("/courses/" + course + "/publication").expect(200);
        ApiResponse served = learner.send("GET", mine, null, null, "Range", "bytes=5-7").expect(206);
        assertEquals("1.4", served.body());
        assertTrue(learner.get(mine).expect(200).header("Content-Disposition").startsWith("inline;"));
        assertEquals("handbook.pdf", learner.get("/me/courses/" + course + "/lessons/" + lesson).expect(200).json()
                .getJsonObject("file").getString("name"));
        stranger.get(mine).expectError(404, "not_found");
    }
}
