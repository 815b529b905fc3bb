package org.lms.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lms.it.support.RunningApplication;

/** Whatever goes wrong, the answer is the API's JSON error: never HTML, never a stack trace, never a 500. */
@ExtendWith(RunningApplication.class)
class ApiErrorsIT {

    private static Api admin;

    @BeforeAll
    static void signIn() {
        admin = new ApiWorld().admin;
    }

    @Test
    void unknownAddressesAre404InTheErrorShape() {
        for (String path : List.of("/no-such-thing", "/api/v2/users", "/api/nothing", "/users/abc", "/users/99999999999999999999")) {
            ApiResponse response = admin.get(path).expectError(404, "not_found");
            assertJsonOnly(response);
        }
    }

    @Test
    void aWrongMethodIs405WithTheMethodsThatWork() {
        ApiResponse response = admin.send("DELETE", "/privileges", null, null).expectError(405, "method_not_allowed");
        assertTrue(response.header("Allow").contains("GET"), response.header("Allow"));
    }

    @Test
    void aBodyThatIsNotJsonIs415Or400() {
        admin.send("POST", "/users", "email=x", "application/x-www-form-urlencoded").expectError(415, "unsupported_media_type");
        admin.post("/users", "{\"email\": \"x\",").expectError(400, "malformed_json");
        admin.post("/users", "[1, 2]").expectError(400, "malformed_json");
        admin.post("/users", "\"text\"").expectError(400, "malformed_json");
        admin.post("/users", "").expectError(400, "malformed_json");
        admin.post("/users").expectError(400, "malformed_json");
    }

    @Test
    void answersOnlyInJson() {
        admin.send("GET", "/me", null, null, "Accept", "text/html").expectError(406, "not_acceptable");
    }

    @Test
    void aRequestLargerThanOneMebibyteIs400() throws IOException {
        // Declared too large: answered before the body is read.
        RawHttp.Answer declared = RawHttp.send("POST /api/v1/users HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                + admin.token() + "\r\nContent-Type: application/json\r\nContent-Length: 5000000\r\nConnection: close\r\n\r\n",
                "{\"name\": \"".getBytes(StandardCharsets.UTF_8));
        assertEquals(400, declared.status(), declared.body());
        assertTrue(declared.body().contains("\"request_too_large\""), declared.body());

        // Of no declared length: cut at the limit while it is read.
        StringBuilder chunked = new StringBuilder();
        String chunk = "x".repeat(65_536);
        chunked.append(Integer.toHexString(10)).append("\r\n{\"name\": \"\r\n");
        for (int i = 0; i < 17; i++) {
            chunked.append(Integer.toHexString(chunk.length())).append("\r\n").append(chunk).append("\r\n");
        }
        chunked.append("2\r\n\"}\r\n0\r\n\r\n");
        RawHttp.Answer endless = RawHttp.send("POST /api/v1/users HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                + admin.token() + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n",
                chunked.toString().getBytes(StandardCharsets.UTF_8));
        assertEquals(400, endless.status(), endless.body());
        assertTrue(endless.body().contains("\"request_too_large\""), endless.body());

        // Just below the limit is read, and the service judges the content.
        String large = "{\"name\": \"" + "x".repeat((1 << 20) - 100) + "\"}";
        admin.post("/users", large).expectError(400, "invalid_input");
    }

    @Test
    void deepNestingAndEndlessNumbersAre400() {
        admin.post("/users", "{\"a\": " + "[".repeat(10_000) + "]".repeat(10_000) + "}").expectError(400, "malformed_json");
        admin.post("/users", "{\"organizationId\": " + "9".repeat(500_000) + "}").expectError(400, "malformed_json");
    }

    @Test
    void wrongTypesAndUnknownFieldsAreNamed() {
        ApiResponse response = admin.post("/users", "{\"email\": 5, \"organizationId\": \"three\", \"roleKey\": \"KING\","
                + " \"favouriteColor\": \"blue\"}").expectError(400, "invalid_input");
        assertEquals(List.of("email", "favouriteColor", "organizationId", "roleKey"),
                response.fields().keySet().stream().sorted().toList());
    }

    @Test
    void badQueryParametersAreNamed() {
        ApiResponse response = admin.get("/users?page=-1&size=1000&sort=shoeSize&status=happy&organizationId=x")
                .expectError(400, "invalid_input");
        assertEquals(List.of("organizationId", "page", "size", "sort", "status"), response.fields().keySet().stream().sorted().toList());
    }

    @Test
    void messagesSpeakGermanWhenAsked() {
        ApiResponse response = admin.inGerman().get("/users/999999999").expectError(404, "not_found");
        assertEquals("Benutzer 999999999 wurde nicht gefunden.", response.message());
        ApiResponse english = admin.get("/users/999999999").expectError(404, "not_found");
        assertEquals("User 999999999 was not found.", english.message());
        ApiResponse fields = admin.inGerman().get("/users?size=0").expectError(400, "invalid_input");
        assertEquals("Eine Seitengröße von 1 bis 200.", fields.fields().getString("size"));
    }

    private static void assertJsonOnly(ApiResponse response) {
        assertTrue(response.header("Content-Type").startsWith("application/json"), response.header("Content-Type"));
        assertFalse(response.body().contains("<html") || response.body().contains("Exception") || response.body().contains("\tat "),
                response.body());
    }
}
