package org.lms.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.http.HttpHeaders;
import java.util.List;

/** An answer of the API, with the checks the tests make on it. */
record ApiResponse(String request, int status, String body, HttpHeaders headers) {

    /** Asserts the status; the failure message shows the request and the whole answer. */
    ApiResponse expect(int expected) {
        assertEquals(expected, status, () -> request + " answered " + status + ": " + body);
        return this;
    }

    /** Asserts an error answer: its status, its code, and the error shape. */
    ApiResponse expectError(int expected, String code) {
        expect(expected);
        assertEquals(code, code(), () -> request + ": " + body);
        return this;
    }

    JsonObject json() {
        try {
            JsonValue value = Json.createReader(new StringReader(body)).readValue();
            if (value instanceof JsonObject object) {
                return object;
            }
        } catch (RuntimeException e) {
            // reported below
        }
        return fail(request + " did not answer a JSON object (" + status + "): " + body);
    }

    /** The error object, checked for its shape: code, message and fields, nothing else. */
    JsonObject error() {
        JsonObject error = json().getJsonObject("error");
        assertTrue(error != null && error.containsKey("code") && error.containsKey("message") && error.containsKey("fields"),
                () -> request + " answered no error shape: " + body);
        return error;
    }

    String code() {
        return error().getString("code");
    }

    String message() {
        return error().getString("message");
    }

    JsonObject fields() {
        return error().getJsonObject("fields");
    }

    long id() {
        return json().getJsonNumber("id").longValue();
    }

    long version() {
        return json().getJsonNumber("version").longValue();
    }

    JsonArray items() {
        return json().getJsonArray("items");
    }

    long total() {
        return json().getJsonNumber("total").longValue();
    }

    /** The ids of a list's items. */
    List<Long> ids() {
        return items().stream().map(v -> v.asJsonObject().getJsonNumber("id").longValue()).toList();
    }

    String header(String name) {
        return headers.firstValue(name).orElse(null);
    }
}
