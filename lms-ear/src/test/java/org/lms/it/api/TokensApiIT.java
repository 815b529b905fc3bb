package org.lms.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lms.it.support.DemoUsers;
import org.lms.it.support.PortalClient;
import org.lms.it.support.RunningApplication;

/** Bearer tokens: issued for the password, throttled like sign-in, revoked, and never replaced by a session. */
@ExtendWith(RunningApplication.class)
class TokensApiIT {

    private static ApiWorld world;
    private static long home;

    @BeforeAll
    static void world() {
        world = new ApiWorld();
        home = world.organization(world.root(), "Api Tokens");
    }

    @Test
    void aTokenIsIssuedForTheRightPasswordAndWorksUntilRevoked() {
        ApiResponse issued = Api.anonymous().post("/tokens", Api.json("email", DemoUsers.INSTRUCTOR, "password", DemoUsers.PASSWORD))
                .expect(201);
        String token = issued.json().getString("token");
        Instant expiresAt = Instant.parse(issued.json().getString("expiresAt"));
        assertTrue(token.length() >= 40, "256 random bits: " + token);
        assertTrue(expiresAt.isAfter(Instant.now().plus(Duration.ofHours(1))), expiresAt.toString());
        assertEquals("no-store", issued.header("Cache-Control"));

        Api instructor = Api.withToken(token);
        assertEquals(DemoUsers.INSTRUCTOR, instructor.get("/me").expect(200).json().getString("email"));
        instructor.delete("/tokens/current").expect(204);
        instructor.get("/me").expectError(401, "unauthorized");
        assertEquals("Bearer", instructor.get("/me").header("WWW-Authenticate"));
    }

    @Test
    void everyTokenIsDifferent() {
        assertNotEquals(Api.signIn(DemoUsers.INSTRUCTOR, DemoUsers.PASSWORD).token(),
                Api.signIn(DemoUsers.INSTRUCTOR, DemoUsers.PASSWORD).token());
    }

    @Test
    void wrongPasswordAndUnknownEmailGetTheSame401() {
        long person = world.user(home, "LEARNER");
        ApiResponse wrong = Api.anonymous().post("/tokens", Api.json("email", world.email(person), "password", "not-it-at-all"));
        ApiResponse unknown = Api.anonymous().post("/tokens", Api.json("email", "nobody-" + person + "@api-test.example",
                "password", "not-it-at-all"));
        wrong.expectError(401, "invalid_credentials");
        unknown.expectError(401, "invalid_credentials");
        assertEquals(wrong.message(), unknown.message());
    }

    @Test
    void tenFailuresLockTheEmailEvenForTheRightPassword() {
        long person = world.user(home, "LEARNER");
        String email = world.email(person);
        for (int attempt = 1; attempt <= 10; attempt++) {
            Api.anonymous().post("/tokens", Api.json("email", email, "password", "wrong-" + attempt)).expectError(401, "invalid_credentials");
        }
        ApiResponse locked = Api.anonymous().post("/tokens", Api.json("email", email, "password", ApiWorld.PASSWORD));
        locked.expectError(429, "locked");
        assertTrue(Long.parseLong(locked.header("Retry-After")) > 60, locked.header("Retry-After"));
        assertTrue(locked.message().contains("minutes"), locked.message());
    }

    @Test
    void aDeactivatedPersonsTokenStopsAtOnce() {
        long person = world.user(home, "LEARNER");
        Api api = world.as(person);
        api.get("/me").expect(200);
        world.admin.post("/users/" + person + "/deactivate").expect(200);
        api.get("/me").expectError(401, "unauthorized");
        Api.anonymous().post("/tokens", Api.json("email", world.email(person), "password", ApiWorld.PASSWORD))
                .expectError(401, "invalid_credentials");
        world.admin.post("/users/" + person + "/activate").expect(200);
        api.get("/me").expectError(401, "unauthorized");
    }

    @Test
    void malformedRequestsAre400() {
        Api.anonymous().post("/tokens", "{\"email\": ").expectError(400, "malformed_json");
        Api.anonymous().post("/tokens", Api.json("email", 5, "password", true)).expectError(400, "invalid_input");
        Api.anonymous().post("/tokens", Api.json("user", "x")).expectError(400, "invalid_input");
    }

    @Test
    void anythingButABearerTokenIs401() {
        Api.anonymous().get("/me").expectError(401, "unauthorized");
        Api.withToken("made-up-token").get("/users").expectError(401, "unauthorized");
        Api.withToken("x".repeat(5000)).get("/me").expectError(401, "unauthorized");
        Api.anonymous().send("GET", "/me", null, null, "Authorization", "Basic YWRtaW46YWRtaW4=").expectError(401, "unauthorized");
        Api.anonymous().delete("/tokens/current").expectError(401, "unauthorized");
    }

    /** A page in another site cannot make a signed-in browser call the API: the session cookie is no credential there. */
    @Test
    void thePortalSessionDoesNotAuthenticateTheApi() {
        PortalClient browser = new PortalClient(RunningApplication.url(""));
        assertEquals(302, browser.signIn(DemoUsers.PUBLISHER, DemoUsers.PASSWORD).statusCode());
        HttpResponse<String> call = browser.get("/api/v1/me");
        assertEquals(401, call.statusCode(), call.body());
        assertFalse(call.body().contains("publisher@acme.example"));
    }

    @Test
    void theHealthCheckNeedsNoToken() {
        ApiResponse health = Api.anonymous().get("/health").expect(200);
        assertEquals("UP", health.json().getString("status"));
    }
}
