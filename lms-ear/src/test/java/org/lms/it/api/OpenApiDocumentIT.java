package org.lms.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lms.domain.content.LessonKind;
import org.lms.it.support.RunningApplication;

/**
 * The OpenAPI document at /openapi: public, served as YAML and JSON, and it describes every
 * resource, parameter and error of the API. Besides these checks it was validated with
 * openapi-spec-validator (see the README); Payara 6 adds one field of its own, {@code endpoints},
 * which OpenAPI 3.0 does not know and which is tolerated here and nowhere else.
 */
@ExtendWith(RunningApplication.class)
class OpenApiDocumentIT {

    /** Every operation of the API, as "METHOD path". */
    private static final Set<String> OPERATIONS = Set.of(
            "POST /api/v1/tokens", "DELETE /api/v1/tokens/current", "GET /api/v1/health",
            "GET /api/v1/me", "PATCH /api/v1/me", "PUT /api/v1/me/password",
            "GET /api/v1/users", "POST /api/v1/users", "GET /api/v1/users/{id}", "PATCH /api/v1/users/{id}",
            "DELETE /api/v1/users/{id}", "PUT /api/v1/users/{id}/role", "POST /api/v1/users/{id}/deactivate",
            "POST /api/v1/users/{id}/activate",
            "GET /api/v1/organizations", "POST /api/v1/organizations", "GET /api/v1/organizations/{id}",
            "PATCH /api/v1/organizations/{id}", "DELETE /api/v1/organizations/{id}",
            "GET /api/v1/groups", "POST /api/v1/groups", "GET /api/v1/groups/{id}", "PATCH /api/v1/groups/{id}",
            "DELETE /api/v1/groups/{id}", "GET /api/v1/groups/{id}/members", "PUT /api/v1/groups/{id}/members/{userId}",
            "DELETE /api/v1/groups/{id}/members/{userId}",
            "GET /api/v1/roles", "POST /api/v1/roles", "GET /api/v1/roles/{id}", "PUT /api/v1/roles/{id}", "DELETE /api/v1/roles/{id}",
            "GET /api/v1/permissions/explain", "GET /api/v1/privileges", "GET /api/v1/audit-events",
            "GET /api/v1/reports/courses", "GET /api/v1/reports/users", "GET /api/v1/reports/groups",
            "GET /api/v1/reports/overdue", "GET /api/v1/reports/organizations/{id}", "GET /api/v1/reports/me/history",
            "GET /api/v1/reports/progress-over-time", "GET /api/v1/reports/enrollments",
            "GET /api/v1/account/settings", "PUT /api/v1/account/settings", "GET /api/v1/account/membership",
            "PUT /api/v1/account/membership", "POST /api/v1/account/membership/cancellation",
            "POST /api/v1/account/membership/renewal", "POST /api/v1/account/ownership-transfer",
            "GET /api/v1/courses", "POST /api/v1/courses", "GET /api/v1/courses/{id}", "PATCH /api/v1/courses/{id}",
            "DELETE /api/v1/courses/{id}", "POST /api/v1/courses/{id}/publication", "POST /api/v1/courses/{id}/archive",
            "POST /api/v1/courses/{id}/lessons", "PUT /api/v1/courses/{id}/lessons/{lessonId}",
            "DELETE /api/v1/courses/{id}/lessons/{lessonId}", "POST /api/v1/courses/{id}/lessons/{lessonId}/move",
            "PUT /api/v1/courses/{id}/lessons/{lessonId}/file", "GET /api/v1/courses/{id}/lessons/{lessonId}/file",
            "GET /api/v1/me/courses/{courseId}/lessons/{lessonId}/file",
            "GET /api/v1/courses/{id}/assignments", "POST /api/v1/courses/{id}/assignments",
            "DELETE /api/v1/courses/{id}/assignments/{assignmentId}", "GET /api/v1/courses/{id}/enrollments",
            "DELETE /api/v1/courses/{id}/enrollments/{userId}",
            "GET /api/v1/me/courses", "GET /api/v1/me/courses/{courseId}", "GET /api/v1/me/courses/{courseId}/lessons/{lessonId}",
            "POST /api/v1/me/courses/{courseId}/lessons/{lessonId}/completion",
            "GET /api/v1/courses/{id}/lessons/{lessonId}/quiz", "PUT /api/v1/courses/{id}/lessons/{lessonId}/quiz",
            "GET /api/v1/courses/{id}/lessons/{lessonId}/assignment", "PUT /api/v1/courses/{id}/lessons/{lessonId}/assignment",
            "GET /api/v1/me/courses/{courseId}/lessons/{lessonId}/submissions",
            "POST /api/v1/me/courses/{courseId}/lessons/{lessonId}/submissions",
            "POST /api/v1/me/courses/{courseId}/lessons/{lessonId}/submissions/file",
            "PUT /api/v1/me/courses/{courseId}/lessons/{lessonId}/submissions/{submissionId}",
            "PUT /api/v1/me/courses/{courseId}/lessons/{lessonId}/submissions/{submissionId}/file",
            "GET /api/v1/me/courses/{courseId}/lessons/{lessonId}/submissions/{submissionId}/file",
            "GET /api/v1/submissions", "GET /api/v1/submissions/{id}", "GET /api/v1/submissions/{id}/file",
            "PUT /api/v1/submissions/{id}/grade",
            "POST /api/v1/courses/{id}/lessons/{lessonId}/quiz/questions",
            "PUT /api/v1/courses/{id}/lessons/{lessonId}/quiz/questions/{questionId}",
            "DELETE /api/v1/courses/{id}/lessons/{lessonId}/quiz/questions/{questionId}",
            "POST /api/v1/courses/{id}/lessons/{lessonId}/quiz/questions/{questionId}/move",
            "GET /api/v1/me/courses/{courseId}/lessons/{lessonId}/attempts",
            "POST /api/v1/me/courses/{courseId}/lessons/{lessonId}/attempts",
            "POST /api/v1/me/courses/{courseId}/lessons/{lessonId}/attempts/{attemptId}/submission",
            "PUT /api/v1/me/courses/{courseId}/lessons/{lessonId}/attempts/{attemptId}/answers",
            "GET /api/v1/courses/{courseId}/discussion/threads", "POST /api/v1/courses/{courseId}/discussion/threads",
            "GET /api/v1/courses/{courseId}/discussion/threads/{threadId}",
            "POST /api/v1/courses/{courseId}/discussion/threads/{threadId}/replies",
            "DELETE /api/v1/courses/{courseId}/discussion/posts/{postId}");
    private static final Set<String> PUBLIC = Set.of("POST /api/v1/tokens", "GET /api/v1/health");
    private static final Set<String> HTTP_METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    private static final Set<String> OPENAPI_FIELDS = Set.of("openapi", "info", "servers", "paths", "components", "security",
            "tags", "externalDocs");

    private static JsonObject document;

    @BeforeAll
    static void fetch() {
        document = Api.anonymous().send("GET", "/openapi", null, null, "Accept", "application/json").expect(200).json();
    }

    @Test
    void theDocumentIsPublicAndAlsoYaml() {
        ApiResponse yaml = Api.anonymous().send("GET", "/openapi", null, null).expect(200);
        assertTrue(yaml.body().startsWith("openapi: 3."), yaml.body().substring(0, Math.min(200, yaml.body().length())));
        assertTrue(document.getString("openapi").startsWith("3."));
        assertEquals("LMS API", document.getJsonObject("info").getString("title"));
        Set<String> unknown = new TreeSet<>(document.keySet());
        unknown.removeAll(OPENAPI_FIELDS);
        unknown.removeIf(field -> field.startsWith("x-"));
        unknown.remove("endpoints"); // Payara 6's own list, renamed to an x- field in later Payara versions
        assertTrue(unknown.isEmpty(), "fields OpenAPI does not know: " + unknown);
    }

    @Test
    void everyOperationIsDescribedOnce() {
        Set<String> found = new TreeSet<>();
        Set<String> ids = new HashSet<>();
        forEachOperation((name, operation) -> {
            found.add(name);
            assertTrue(ids.add(operation.getString("operationId")), name + " has an operationId of its own");
            assertFalse(operation.getString("summary", "").isBlank(), name + " has a summary");
        });
        assertEquals(new TreeSet<>(OPERATIONS), found);
    }

    @Test
    void everyErrorIsDescribedWithTheErrorShape() {
        forEachOperation((name, operation) -> {
            JsonObject responses = operation.getJsonObject("responses");
            assertTrue(responses.containsKey("500"), name + " documents 500");
            assertTrue(PUBLIC.contains(name) || responses.containsKey("401"), name + " documents 401: it needs a token");
            boolean success = responses.keySet().stream().anyMatch(status -> status.startsWith("2"));
            assertTrue(success, name + " documents its success");
            responses.forEach((status, response) -> {
                if (status.startsWith("4") || status.startsWith("5")) {
                    String ref = response.asJsonObject().getJsonObject("content").getJsonObject("application/json")
                            .getJsonObject("schema").getString("$ref");
                    assertEquals("#/components/schemas/Error", ref, name + " " + status);
                }
            });
            boolean needsToken = !PUBLIC.contains(name);
            boolean anonymousAllowed = operation.containsKey("security") && operation.getJsonArray("security").stream()
                    .anyMatch(requirement -> requirement.asJsonObject().isEmpty());
            assertEquals(!needsToken, anonymousAllowed, name + " says whether it needs a token");
        });
        JsonObject error = document.getJsonObject("components").getJsonObject("schemas").getJsonObject("Error");
        assertTrue(error.getJsonObject("properties").containsKey("error"), error.toString());
        assertTrue(document.getJsonObject("components").getJsonObject("securitySchemes").containsKey("bearer"));
    }

    @Test
    void everyParameterAndBodyIsDescribed() {
        forEachOperation((name, operation) -> {
            for (JsonValue value : operation.getJsonArray("parameters") == null ? List.<JsonValue>of() : operation.getJsonArray("parameters")) {
                JsonObject parameter = value.asJsonObject();
                if ("query".equals(parameter.getString("in"))) {
                    assertFalse(parameter.getString("description", "").isBlank(), name + " describes " + parameter.getString("name"));
                }
            }
            boolean takesBody = name.startsWith("POST") && !name.contains("/deactivate") && !name.contains("/activate")
                    && !name.contains("/renewal") && !name.endsWith("/publication") && !name.endsWith("/archive")
                    && !name.endsWith("/completion") && !name.endsWith("/attempts")
                    || name.startsWith("PATCH") || name.startsWith("PUT") && !name.contains("/members/");
            if ((name.startsWith("PUT") || name.startsWith("POST")) && name.endsWith("/file")) {
                // A file is the raw body, described as binary.
                assertTrue(operation.getJsonObject("requestBody").getJsonObject("content").containsKey("application/octet-stream"),
                        name + " describes its binary body: " + operation);
                return;
            }
            if (takesBody) {
                String ref = operation.getJsonObject("requestBody").getJsonObject("content").getJsonObject("application/json")
                        .getJsonObject("schema").getString("$ref", null);
                assertTrue(ref != null && ref.startsWith("#/components/schemas/"), name + " names its body: " + operation);
            }
        });
        assertParameters("GET /api/v1/users", "q", "status", "organizationId", "roleKey", "roleId", "groupId", "page", "size", "sort");
        assertParameters("GET /api/v1/audit-events", "actor", "target", "kind", "outcome", "from", "to", "page", "size", "sort");
        assertParameters("GET /api/v1/courses", "q", "status", "page", "size", "sort");
        assertParameters("GET /api/v1/courses/{courseId}/discussion/threads", "courseId", "page", "size", "sort");
        assertParameters("GET /api/v1/permissions/explain", "userId", "privilege", "targetType", "targetId");
    }

    @Test
    void aSubmissionIsHandedInAsJsonOrAsAForm() {
        String submissions = "/api/v1/me/courses/{courseId}/lessons/{lessonId}/submissions";
        JsonObject schemas = document.getJsonObject("components").getJsonObject("schemas");
        for (String[] operation : List.of(new String[] {"post", submissions, "SubmissionForm"},
                new String[] {"put", submissions + "/{submissionId}", "SubmissionReplacementForm"})) {
            JsonObject content = document.getJsonObject("paths").getJsonObject(operation[1]).getJsonObject(operation[0])
                    .getJsonObject("requestBody").getJsonObject("content");
            assertEquals(Set.of("application/json", "multipart/form-data"), content.keySet(), operation[1]);
            assertEquals("#/components/schemas/SubmissionText", content.getJsonObject("application/json").getJsonObject("schema")
                    .getString("$ref"), content.toString());
            assertEquals("#/components/schemas/" + operation[2], content.getJsonObject("multipart/form-data")
                    .getJsonObject("schema").getString("$ref"), content.toString());
            JsonObject parts = schemas.getJsonObject(operation[2]).getJsonObject("properties");
            assertEquals("binary", parts.getJsonObject("file").getString("format"), parts.toString());
            assertEquals("string", parts.getJsonObject("text").getString("type"), parts.toString());
        }
        assertTrue(schemas.getJsonObject("SubmissionReplacementForm").getJsonObject("properties").containsKey("version"));
        JsonObject download = document.getJsonObject("paths").getJsonObject(submissions + "/{submissionId}/file").getJsonObject("get");
        assertTrue(download.getJsonObject("responses").containsKey("206"), download.toString());
    }

    @Test
    void everyReferenceLeadsSomewhere() {
        List<String> refs = new ArrayList<>();
        collectRefs(document, refs);
        assertFalse(refs.isEmpty());
        JsonObject schemas = document.getJsonObject("components").getJsonObject("schemas");
        for (String ref : refs) {
            assertTrue(ref.startsWith("#/components/schemas/") && schemas.containsKey(ref.substring("#/components/schemas/".length())),
                    "dangling " + ref);
        }
    }

    @Test
    void everyLessonKindIsListedWhereverALessonsKindIsDescribed() {
        Set<String> kinds = new TreeSet<>();
        for (LessonKind kind : LessonKind.values()) {
            kinds.add(kind.name());
        }
        int described = 0;
        for (Map.Entry<String, JsonValue> schema : document.getJsonObject("components").getJsonObject("schemas").entrySet()) {
            JsonObject properties = schema.getValue().asJsonObject().getJsonObject("properties");
            JsonObject kind = properties == null ? null : properties.getJsonObject("kind");
            if (kind != null && kind.containsKey("enum") && kind.getJsonArray("enum").contains(Json.createValue("QUIZ"))) {
                Set<String> listed = new TreeSet<>();
                kind.getJsonArray("enum").forEach(v -> listed.add(((JsonString) v).getString()));
                assertEquals(kinds, listed, schema.getKey());
                described++;
            }
        }
        assertTrue(described >= 3, "lesson kinds are described in the lesson input, the course detail and the learner's outline");
    }

    private static void assertParameters(String operationName, String... names) {
        String[] parts = operationName.split(" ");
        JsonObject operation = document.getJsonObject("paths").getJsonObject(parts[1]).getJsonObject(parts[0].toLowerCase());
        Set<String> documented = new HashSet<>();
        operation.getJsonArray("parameters").forEach(p -> documented.add(p.asJsonObject().getString("name")));
        assertEquals(Set.of(names), documented, operationName);
    }

    private static void forEachOperation(java.util.function.BiConsumer<String, JsonObject> check) {
        for (Map.Entry<String, JsonValue> path : document.getJsonObject("paths").entrySet()) {
            for (Map.Entry<String, JsonValue> entry : path.getValue().asJsonObject().entrySet()) {
                if (HTTP_METHODS.contains(entry.getKey())) {
                    check.accept(entry.getKey().toUpperCase() + " " + path.getKey(), entry.getValue().asJsonObject());
                }
            }
        }
    }

    private static void collectRefs(JsonValue value, List<String> refs) {
        if (value instanceof JsonObject object) {
            object.forEach((key, child) -> {
                if ("$ref".equals(key) && child instanceof JsonString ref) {
                    refs.add(ref.getString());
                } else {
                    collectRefs(child, refs);
                }
            });
        } else if (value.getValueType() == JsonValue.ValueType.ARRAY) {
            value.asJsonArray().forEach(child -> collectRefs(child, refs));
        }
    }
}
