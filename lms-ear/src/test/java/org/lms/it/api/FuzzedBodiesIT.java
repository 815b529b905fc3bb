package org.lms.it.api;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.logging.Logger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lms.it.support.RunningApplication;

/**
 * A generated corpus of odd request bodies (wrong types, huge and strange texts, numbers out of
 * range, duplicate keys, nesting, broken JSON, bytes that are no text) against every write of the
 * API, and rows of a messy HR export against user creation. Whatever comes in, the answer is
 * never a 5xx and always JSON; every error has the error shape.
 *
 * <p>The corpus is random but repeatable: the seed is logged, and {@code -Dlms.fuzz.seed=N}
 * replays it.
 */
@ExtendWith(RunningApplication.class)
class FuzzedBodiesIT {

    private static final Logger LOG = Logger.getLogger(FuzzedBodiesIT.class.getName());
    private static final int BODIES_PER_TARGET = 120;

    /** Texts that have broken software before. */
    private static final List<String> ODD_TEXTS = List.of("", " ", "\t\n", "\u0000", "null", "true", "0", "-1", "NaN",
            "𝔞𝔡𝔪𝔦𝔫", "admin\u202E@acme.example", "ä@ö.ü", "'; DROP TABLE LMS_USER; --", "<script>alert(1)</script>",
            "%00%0d%0a", "\\u0000", "\uFEFFbom", "\u200B", "e\u0301", "ﬀ", "İ", "ß", "🦄🦄🦄", "\uD83D", "${jndi:ldap://x}",
            "#{7*7}", "../../etc/passwd", "a".repeat(255), "b".repeat(10_000), "@", "a@b", "a@b.c", "A@B.CO", " padded@x.example ");
    private static final List<String> ODD_NUMBERS = List.of("0", "-0", "-1", "1.5", "1e2", "1E400", "-1e400", "1e-400",
            "9223372036854775807", "9223372036854775808", "-9223372036854775809", "123456789012345678901234567890", "0.0000001",
            "4.9e-324", "1.7976931348623157e308");

    private static ApiWorld world;
    private static Api orgAdmin;
    private static Api administrator;
    private static Api fuzzer;
    private static long home;
    private static Random random;

    @BeforeAll
    static void world() {
        long seed = Long.getLong("lms.fuzz.seed", System.nanoTime());
        LOG.info(() -> "Fuzzing with seed " + seed + " (replay: -Dlms.fuzz.seed=" + seed + ")");
        random = new Random(seed);
        world = new ApiWorld();
        home = world.organization(world.root(), "Api Fuzz");
        orgAdmin = world.as(world.user(home, "ORGANIZATION_ADMINISTRATOR"));
        administrator = world.as(world.user(home, "ADMINISTRATOR"));
        fuzzer = world.as(world.user(home, "LEARNER"));
    }

    @Test
    void userCreationSurvivesEveryBody() {
        fuzz(orgAdmin, "POST", "/users", template("email", "fuzz@api-test.example", "name", "Fuzz", "organizationId", home,
                "roleKey", "LEARNER", "password", "Fuzz-Password-2026"));
    }

    @Test
    void everyOtherWriteSurvivesEveryBody() {
        long user = world.user(home, "LEARNER");
        long unit = world.organization(home, "Api Fuzz Unit");
        long group = world.group(home, ApiWorld.unique("Api Fuzz Group"));
        long role = administrator.post("/roles", Api.json("name", ApiWorld.unique("Api Fuzz Role"), "privileges", List.of("VIEW_REPORTS")))
                .expect(201).id();
        fuzz(orgAdmin, "PATCH", "/users/" + user, template("name", "Fuzzed", "email", "fuzzed@api-test.example",
                "organizationId", home, "mayViewOrganizationReports", true, "version", 1));
        fuzz(orgAdmin, "PUT", "/users/" + user + "/role", template("roleKey", "PUBLISHER"));
        fuzz(orgAdmin, "POST", "/organizations", template("name", "Fuzzed Unit", "parentId", home));
        fuzz(orgAdmin, "PATCH", "/organizations/" + unit, template("name", "Fuzzed Unit", "parentId", home, "version", 1));
        fuzz(orgAdmin, "POST", "/groups", template("name", "Fuzzed Group", "organizationId", home));
        fuzz(orgAdmin, "PATCH", "/groups/" + group, template("name", "Fuzzed Group", "version", 1));
        fuzz(administrator, "POST", "/roles", template("name", "Fuzzed Role", "privileges", List.of("VIEW_REPORTS")));
        fuzz(administrator, "PUT", "/roles/" + role, template("name", "Fuzzed Role", "privileges", List.of("VIEW_REPORTS"), "version", 1));
        fuzz(fuzzer, "PATCH", "/me", template("name", "Fuzzed Me", "locale", "de", "timeZone", "Europe/Berlin"));
        // Without the current password no body can change it; the person's tokens stay valid.
        fuzz(fuzzer, "PUT", "/me/password", template("currentPassword", "not-the-password", "newPassword", "Fuzzed-Password-2026"));
        // Only addresses nobody has: the throttle locks what it is given, as it should.
        fuzz(Api.anonymous(), "POST", "/tokens", template("email", "fuzz-nobody@api-test.example", "password", "whatever-it-is"));
    }

    @Test
    void quizWritesSurviveEveryBody() {
        Api publisher = world.as(world.user(home, "PUBLISHER"));
        long course = publisher.post("/courses", Api.json("organizationId", home, "title", ApiWorld.unique("Api Fuzz Quiz")))
                .expect(201).id();
        long quiz = publisher.post("/courses/" + course + "/lessons", Api.json("kind", "QUIZ", "title", "Fuzzed quiz"))
                .expect(201).id();
        String rules = "/courses/" + course + "/lessons/" + quiz + "/quiz";
        JsonObject question = Json.createObjectBuilder().add("kind", "SINGLE_CHOICE").add("text", "Fuzzed?")
                .add("options", Json.createArrayBuilder().add(Json.createObjectBuilder().add("text", "A").add("correct", true))
                        .add(Json.createObjectBuilder().add("text", "B").add("correct", false))).build();
        long questionId = publisher.post(rules + "/questions", question.toString()).expect(201).id();
        fuzz(publisher, "PUT", rules, template("passMark", 50, "maxAttempts", 3, "timeLimitMinutes", 10, "version", 0));
        fuzz(publisher, "POST", rules + "/questions", question);
        publisher.post("/courses/" + course + "/publication").expect(200);
        long learnerId = world.user(home, "LEARNER");
        publisher.post("/courses/" + course + "/assignments", Api.json("targetType", "USER", "targetId", learnerId,
                "mandatory", false)).expect(201);
        Api learner = world.as(learnerId);
        String attempts = "/me/courses/" + course + "/lessons/" + quiz + "/attempts";
        long attempt = learner.post(attempts).expect(201).id();
        fuzz(learner, "POST", attempts + "/" + attempt + "/submission", Json.createObjectBuilder().add("answers",
                Json.createArrayBuilder().add(Json.createObjectBuilder().add("questionId", questionId)
                        .add("options", Json.createArrayBuilder().add(0)))).build());
    }

    /** Rows as an HR system exports them: quoted, padded, doubled, in every script, with fields missing. */
    @Test
    void importLikeRowsNeverBreakUserCreation() {
        String[] names = {"Müller, Hans", "\"Bobby\" Tables", "O'Brien", "  Ana  María  ", "李小龙", "Ζωή", "Ἀριστοτέλης",
                "José\tGarcía", "Name\nWith Break", "X Æ A-12", "ـــ", "ꓚꓰꓡꓡꓰ", "a".repeat(201), "", null};
        String[] emails = {"hans.mueller@firma.example", "HANS.MUELLER@FIRMA.EXAMPLE", "bobby@tables.example", "o'brien@x.example",
                "ana maria@x.example", "李@例え.jp", "zoe@ζωή.gr", "plus+tag@x.example", "trailing.dot.@x.example", "@x.example",
                "no-at-all", "x@y", "a".repeat(250) + "@x.example", "", null};
        int sent = 0;
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            String name = names[random.nextInt(names.length)];
            String email = emails[random.nextInt(emails.length)];
            if (email != null && random.nextBoolean()) {
                email = email.replace("@", "+" + i + "@");
            }
            Object organization = random.nextInt(10) == 0 ? (Object) "Api Fuzz" : (Object) home;
            String role = List.of("LEARNER", "learner", "Learner", "PUBLISHER", "", "ADMIN").get(random.nextInt(6));
            String body = Api.json("email", email, "name", name, "organizationId", organization instanceof Long l ? l : null,
                    "roleKey", role);
            if (organization instanceof String text) {
                body = body.replace("\"organizationId\":null", "\"organizationId\":\"" + text + "\"");
            }
            check(orgAdmin.post("/users", body), failures);
            sent++;
        }
        int count = sent;
        LOG.info(() -> count + " import-like rows posted");
        assertTrue(failures.isEmpty(), String.join("\n", failures));
    }

    private void fuzz(Api api, String method, String path, JsonObject template) {
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < BODIES_PER_TARGET; i++) {
            Body body = mutate(template);
            ApiResponse response = body.bytes() != null ? sendBytes(api, method, path, body.bytes())
                    : api.send(method, path, body.text(), "application/json");
            check(response, failures);
        }
        LOG.info(() -> BODIES_PER_TARGET + " bodies sent to " + method + " " + path);
        assertTrue(failures.isEmpty(), failures.size() + " of " + BODIES_PER_TARGET + " bodies to " + method + " " + path
                + " were answered wrongly:\n" + String.join("\n", failures));
    }

    /** The answer is no 5xx and JSON, and an error has the error shape. */
    private static void check(ApiResponse response, List<String> failures) {
        String sample = response.request() + " -> " + response.status() + " " + abbreviate(response.body());
        if (response.status() >= 500) {
            failures.add(sample);
            return;
        }
        try {
            JsonValue value = Json.createReader(new StringReader(response.body().isEmpty() ? "{}" : response.body())).readValue();
            if (response.status() >= 400) {
                JsonObject error = value.asJsonObject().getJsonObject("error");
                if (error == null || !error.containsKey("code") || !error.containsKey("message") || !error.containsKey("fields")) {
                    failures.add("no error shape: " + sample);
                }
            }
        } catch (RuntimeException notJson) {
            failures.add("not JSON: " + sample);
        }
    }

    /** A body to send: JSON text, or raw bytes that are not even text. */
    private record Body(String text, byte[] bytes) {
    }

    private Body mutate(JsonObject template) {
        String valid = template.toString();
        List<String> fields = new ArrayList<>(template.keySet());
        String field = fields.get(random.nextInt(fields.size()));
        return switch (random.nextInt(16)) {
            case 0 -> text(replaceValue(template, field, Json.createValue(pick(ODD_TEXTS))));
            case 1 -> text(replaceRaw(template, field, pick(ODD_NUMBERS)));
            case 2 -> text(replaceRaw(template, field, pick(List.of("true", "false", "null", "[]", "{}", "[1,\"a\",null]",
                    "{\"nested\":{\"deeper\":[{}]}}", "\"\""))));
            case 3 -> text(replaceValue(template, field, Json.createValue("x".repeat(1 + random.nextInt(200_000)))));
            case 4 -> text(valid.substring(0, random.nextInt(valid.length())));
            case 5 -> text("{\"" + field + "\": 1, " + valid.substring(1).replaceFirst("^\\}", "\"" + field + "\": 2}"));
            case 6 -> text(valid.replace("}", ", \"" + pick(List.of("id", "status", "role", "__proto__", "constructor", "", "a\u0000b",
                    "x".repeat(500))) + "\": " + pick(List.of("1", "\"x\"", "null", "{}")) + "}"));
            case 7 -> text("{\"" + field + "\": " + "[".repeat(random.nextInt(100)) + "]".repeat(random.nextInt(100)) + "}");
            case 8 -> text(pick(List.of("", " ", "null", "[]", "0", "\"text\"", "{", "}", "{{}}", "{\"a\" \"b\"}", "{'a': 1}",
                    "{\"a\": 01}", "{\"a\": .5}", "{\"a\": +1}", "{\"a\": NaN}", "{\"a\": Infinity}", "{a: 1}", "{\"a\": 1,}",
                    "/* comment */ {}", "{\"a\": \"\\x41\"}", "{\"a\": \"\\ud800\"}", "{\"a\": \"\u0001\"}")));
            case 9 -> new Body(null, randomBytes());
            case 10 -> new Body(null, withInvalidUtf8(valid));
            case 11 -> text("\uFEFF" + valid);
            case 12 -> text(removeField(template, field));
            case 13 -> text("{}");
            case 14 -> text(replaceRaw(template, field, "9".repeat(60 + random.nextInt(2000))));
            default -> text(valid);
        };
    }

    private static Body text(String text) {
        return new Body(text, null);
    }

    private static ApiResponse sendBytes(Api api, String method, String path, byte[] bytes) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(RunningApplication.url(Api.address(path))))
                .timeout(Duration.ofSeconds(60)).method(method, HttpRequest.BodyPublishers.ofByteArray(bytes))
                .header("Content-Type", "application/json");
        if (api.token() != null) {
            request.header("Authorization", "Bearer " + api.token());
        }
        return Api.send(request.build(), method + " " + path + " (" + bytes.length + " raw bytes)");
    }

    private byte[] randomBytes() {
        byte[] bytes = new byte[1 + random.nextInt(2000)];
        random.nextBytes(bytes);
        if (random.nextBoolean()) {
            bytes[0] = '{';
        }
        return bytes;
    }

    private byte[] withInvalidUtf8(String valid) {
        byte[] text = valid.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] bytes = new byte[text.length + 2];
        int at = 1 + random.nextInt(Math.max(1, text.length - 1));
        System.arraycopy(text, 0, bytes, 0, at);
        bytes[at] = (byte) 0xC3;
        bytes[at + 1] = (byte) 0x28;
        System.arraycopy(text, at, bytes, at + 2, text.length - at);
        return bytes;
    }

    private static String replaceValue(JsonObject template, String field, JsonValue value) {
        return Json.createObjectBuilder(template).add(field, value).build().toString();
    }

    private static String replaceRaw(JsonObject template, String field, String raw) {
        String placeholder = "\"@@RAW@@\"";
        return Json.createObjectBuilder(template).add(field, "@@RAW@@").build().toString().replace(placeholder, raw);
    }

    private static String removeField(JsonObject template, String field) {
        return Json.createObjectBuilder(template).remove(field).build().toString();
    }

    private <T> T pick(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    private static JsonObject template(Object... pairs) {
        return Json.createReader(new StringReader(Api.json(pairs))).readObject();
    }

    private static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }
}
