package org.lms.web.api.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JsonBodyTest {

    private static JsonBody body(String json) {
        return new JsonBody(Json.createReader(new StringReader(json)).readObject());
    }

    private static Map<String, String> reasons(Runnable call) {
        ApiProblem problem = assertThrows(ApiProblem.class, call::run);
        assertEquals(400, problem.status());
        assertEquals("invalid_input", problem.code());
        return problem.describe(Locale.ENGLISH).body().error().fields();
    }

    @Test
    void readsFieldsOfTheRightType() {
        JsonBody body = body("{\"name\": \"Ann\", \"id\": 42, \"on\": true, \"list\": [\"A\", \"B\"], \"gone\": null}");
        assertEquals("Ann", body.text("name"));
        assertEquals(42L, body.number("id"));
        assertEquals(Boolean.TRUE, body.flag("on"));
        assertEquals(List.of("A", "B"), body.texts("list"));
        assertNull(body.text("gone"), "null reads as absent");
        assertNull(body.text("missing"));
        assertTrue(body.isNull("gone"));
        assertFalse(body.isNull("missing"));
        body.validate();
    }

    @Test
    void namesEveryFieldOfTheWrongTypeAtOnce() {
        JsonBody body = body("{\"name\": 5, \"id\": \"7\", \"on\": \"yes\", \"list\": [1]}");
        body.text("name");
        body.number("id");
        body.flag("on");
        body.texts("list");
        Map<String, String> fields = reasons(body::validate);
        assertEquals(Map.of("name", "Must be a text.", "id", "Must be a whole number.", "on", "Must be true or false.",
                "list", "Must be a list of texts."), fields);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.5", "1e-400", "0.000001"})
    void fractionsAreNoWholeNumbers(String number) {
        JsonBody body = body("{\"id\": " + number + "}");
        body.number("id");
        assertEquals("Must be a whole number.", reasons(body::validate).get("id"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"9223372036854775808", "-9223372036854775809", "1e400", "1e999999999", "12345678901234567890123"})
    void numbersBeyondALongAreOutOfRange(String number) {
        JsonBody body = body("{\"id\": " + number + "}");
        body.number("id");
        assertEquals("This number is out of range.", reasons(body::validate).get("id"));
    }

    @Test
    void wholeNumbersWrittenOddlyStillCount() {
        assertEquals(42L, body("{\"id\": 42.0}").number("id"));
        assertEquals(100L, body("{\"id\": 1e2}").number("id"));
        assertEquals(-7L, body("{\"id\": -7}").number("id"));
        assertEquals(Long.MAX_VALUE, body("{\"id\": 9223372036854775807}").number("id"));
    }

    @Test
    void aRequiredNumberMustBeThere() {
        JsonBody body = body("{\"other\": null}");
        body.requiredNumber("version");
        body.requiredNumber("other");
        assertEquals(Map.of("version", "This field is required.", "other", "This field is required."), reasons(body::validate));
    }

    @Test
    void unknownAndReadOnlyFieldsAreNamed() {
        JsonBody body = body("{\"name\": \"x\", \"id\": 1, \"color\": \"red\"}").accept(List.of("name"), List.of("id"));
        assertEquals(Map.of("id", "This field cannot be changed here.", "color", "Not a field of this request."),
                reasons(body::validate));
    }

    @Test
    void reasonsComeInGermanToo() {
        JsonBody body = body("{\"id\": \"x\"}");
        body.number("id");
        ApiProblem problem = assertThrows(ApiProblem.class, body::validate);
        assertEquals("Muss eine ganze Zahl sein.", problem.describe(Locale.GERMAN).body().error().fields().get("id"));
    }

    @Test
    void aMissingBodyIsA400() {
        ApiProblem problem = assertThrows(ApiProblem.class, () -> JsonBody.present(null));
        assertEquals(400, problem.status());
        assertEquals("malformed_json", problem.code());
    }

    @Test
    void readsListsOfObjectsAndNumbersAndNamesTheProblemsOfTheirElements() {
        JsonBody body = body("{\"options\": [{\"text\": \"A\"}, {\"text\": 5}], \"chosen\": [0, 2]}");
        List<JsonBody> options = body.objects("options");
        assertEquals("A", options.get(0).text("text"));
        options.get(1).text("text");
        body.include("options[1]", options.get(1));
        assertEquals(List.of(0L, 2L), body.numbers("chosen"));
        assertEquals(Map.of("options[1].text", "Must be a text."), reasons(body::validate));
    }

    @Test
    void listsOfTheWrongShapeAreNamed() {
        JsonBody body = body("{\"options\": [\"A\"], \"more\": \"x\", \"chosen\": [1.5], \"huge\": [1e400]}");
        assertNull(body.objects("options"));
        assertNull(body.objects("more"));
        assertNull(body.numbers("chosen"));
        assertNull(body.numbers("huge"));
        assertNull(body.numbers("missing"));
        assertEquals(Map.of("options", "Must be a list of objects.", "more", "Must be a list of objects.",
                "chosen", "Must be a list of whole numbers.", "huge", "Must be a list of whole numbers."), reasons(body::validate));
    }
}
