package org.lms.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.lms.it.support.DemoUsers;
import org.lms.it.support.RunningApplication;

/**
 * What the Reports browser tests make for themselves through the REST API, as the demo
 * Administrator (or a person it made): organizations, people, a course, its assignments, and the
 * switches for learners' organization reports. Names carry a number no other test uses.
 */
final class ReportsWorld {

    static final String PASSWORD = "Browser-Report-Password-2026";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final AtomicLong SEQUENCE = new AtomicLong(System.currentTimeMillis() % 10_000_000);

    private final String adminToken;

    ReportsWorld() {
        adminToken = token(DemoUsers.ADMIN, DemoUsers.PASSWORD);
    }

    static String unique(String prefix) {
        return prefix + " " + SEQUENCE.incrementAndGet();
    }

    static String token(String email, String password) {
        return send(null, "POST", "/tokens", object("email", email, "password", password), 201).getString("token");
    }

    long root() {
        return admin("GET", "/me", null, 200).getJsonObject("organization").getJsonNumber("id").longValue();
    }

    /** An organization of the account by its exact name, such as the demo's Sales. */
    long organizationNamed(String name) {
        return admin("GET", "/organizations?size=200&q=" + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8),
                null, 200).getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(o -> name.equals(o.getString("name"))).findFirst()
                .orElseThrow(() -> new AssertionError("no organization " + name)).getJsonNumber("id").longValue();
    }

    long organization(long parentId, String name) {
        return id(admin("POST", "/organizations", object("name", name, "parentId", parentId), 201));
    }

    /** A person with the built-in role, signing in with {@link #PASSWORD}. */
    long person(long organizationId, String roleKey, String email, String name) {
        return id(admin("POST", "/users", object("email", email, "name", name, "organizationId", organizationId,
                "roleKey", roleKey, "password", PASSWORD), 201));
    }

    /** A published course of one text lesson; answers its id and the lesson's. */
    long[] course(long organizationId, String title) {
        long course = id(admin("POST", "/courses", object("organizationId", organizationId, "title", title), 201));
        long lesson = id(admin("POST", "/courses/" + course + "/lessons", object("kind", "TEXT", "title", "Only",
                "body", "<p>Only</p>"), 201));
        admin("POST", "/courses/" + course + "/publication", null, 200);
        return new long[] {course, lesson};
    }

    void assign(long courseId, long userId, String dueOn) {
        admin("POST", "/courses/" + courseId + "/assignments", object("targetType", "USER", "targetId", userId,
                "mandatory", true, "dueOn", dueOn), 201);
    }

    /** The learner finishes the course's one lesson, and with it the course. */
    void complete(String email, long courseId, long lessonId) {
        send(token(email, PASSWORD), "POST", "/me/courses/" + courseId + "/lessons/" + lessonId + "/completion", null, 200);
    }

    long group(long organizationId, String name, long... members) {
        long group = id(admin("POST", "/groups", object("name", name, "organizationId", organizationId), 201));
        for (long member : members) {
            admin("PUT", "/groups/" + group + "/members/" + member, null, 204);
        }
        return group;
    }

    /** Turns a person's own switch for their organization's reports on. */
    void allowOrganizationReports(long userId) {
        long version = admin("GET", "/users/" + userId, null, 200).getJsonNumber("version").longValue();
        admin("PATCH", "/users/" + userId, object("mayViewOrganizationReports", true, "version", version), 200);
    }

    /** Sets the account's "learners see their organization's reports"; answers what it was. */
    boolean learnersSeeOrganizationReports(boolean allowed) {
        JsonObject settings = admin("GET", "/account/settings", null, 200);
        boolean before = settings.getBoolean("learnersSeeOrganizationReports");
        JsonObjectBuilder body = Json.createObjectBuilder(settings).add("learnersSeeOrganizationReports", allowed);
        admin("PUT", "/account/settings", body.build().toString(), 200);
        return before;
    }

    /** A person made by {@link #person} chooses their language and time zone. */
    void preferences(String email, String locale, String timeZone) {
        send(token(email, PASSWORD), "PATCH", "/me", object("locale", locale, "timeZone", timeZone), 200);
    }

    /** A GET of the API as a person made by {@link #person}. */
    JsonObject getAs(String email, String path) {
        return send(token(email, PASSWORD), "GET", path, null, 200);
    }

    /** A GET of the API as the Administrator. */
    JsonObject get(String path) {
        return admin("GET", path, null, 200);
    }

    private JsonObject admin(String method, String path, String body, int expected) {
        return send(adminToken, method, path, body, expected);
    }

    private static JsonObject send(String token, String method, String path, String body, int expected) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(RunningApplication.url("/api/v1" + path)))
                .timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(expected, response.statusCode(), () -> method + " " + path + ": " + response.body());
            return response.body().isBlank() ? JsonObject.EMPTY_JSON_OBJECT
                    : Json.createReader(new StringReader(response.body())).readObject();
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static long id(JsonObject object) {
        return object.getJsonNumber("id").longValue();
    }

    private static String object(Object... pairs) {
        JsonObjectBuilder object = Json.createObjectBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            String name = (String) pairs[i];
            Object value = pairs[i + 1];
            if (value instanceof String text) {
                object.add(name, text);
            } else if (value instanceof Boolean flag) {
                object.add(name, flag);
            } else {
                object.add(name, ((Number) value).longValue());
            }
        }
        return object.build().toString();
    }
}
