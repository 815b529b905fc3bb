package org.lms.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lms.it.support.DemoUsers;
import org.lms.it.support.RunningApplication;

/**
 * Account settings for Administrators and the Owner; membership, cancellation and the ownership
 * transfer for the Owner alone. Every refused or invalid call leaves the account as it was.
 */
@ExtendWith(RunningApplication.class)
class AccountApiIT {

    private static ApiWorld world;
    private static Api owner;

    @BeforeAll
    static void world() {
        world = new ApiWorld();
        owner = Api.signIn(DemoUsers.OWNER, DemoUsers.OWNER_PASSWORD);
    }

    @Test
    void administratorsChangeSettingsWithTheVersionTheyRead() {
        JsonObject settings = world.admin.get("/account/settings").expect(200).json();
        long version = settings.getJsonNumber("version").longValue();
        int timeout = settings.getInt("sessionTimeoutMinutes");
        int changed = timeout == 60 ? 61 : 60;
        JsonObject after = world.admin.put("/account/settings", settingsBody(settings, "sessionTimeoutMinutes", changed, version))
                .expect(200).json();
        assertEquals(changed, after.getInt("sessionTimeoutMinutes"));
        world.admin.put("/account/settings", settingsBody(settings, "sessionTimeoutMinutes", timeout, version))
                .expectError(409, "conflict");
        long current = after.getJsonNumber("version").longValue();
        world.admin.put("/account/settings", settingsBody(settings, "sessionTimeoutMinutes", timeout, current)).expect(200);
    }

    @Test
    void badSettingsAreRefusedFieldByFieldAndChangeNothing() {
        JsonObject settings = world.admin.get("/account/settings").expect(200).json();
        long version = settings.getJsonNumber("version").longValue();
        JsonObject fields = world.admin.put("/account/settings", settingsBody(settings, "defaultTimeZone", "Mars/Olympus", version))
                .expectError(400, "invalid_input").fields();
        assertTrue(fields.containsKey("defaultTimeZone"), fields.toString());
        fields = world.admin.put("/account/settings", settingsBody(settings, "passwordMinLength", 4, version))
                .expectError(400, "invalid_input").fields();
        assertTrue(fields.containsKey("passwordMinLength"), fields.toString());
        fields = world.admin.put("/account/settings", Api.json("name", settings.getString("name"), "version", version))
                .expectError(400, "invalid_input").fields();
        assertTrue(fields.containsKey("lockoutThreshold"), "a PUT replaces every setting: " + fields);
        assertEquals(settings, world.admin.get("/account/settings").expect(200).json());
    }

    @Test
    void onlyTheOwnerReachesTheMembership() {
        world.admin.get("/account/membership").expectError(403, "forbidden");
        world.admin.post("/account/membership/renewal").expectError(403, "forbidden");
        Api learner = Api.signIn(DemoUsers.LEARNER, DemoUsers.PASSWORD);
        learner.get("/account/settings").expectError(403, "forbidden");

        JsonObject membership = owner.get("/account/membership").expect(200).json();
        assertTrue(membership.getJsonNumber("seatsUsed").longValue() > 0);
        long version = membership.getJsonNumber("version").longValue();
        owner.put("/account/membership", Api.json("plan", membership.getString("plan"), "seatLimit", -1, "version", version))
                .expectError(400, "invalid_input");
        owner.put("/account/membership", Api.json("plan", membership.getString("plan"), "seatLimit", 0, "status", "ACTIVE",
                "version", version)).expectError(400, "invalid_input");
        assertEquals(membership, owner.get("/account/membership").expect(200).json());
    }

    @Test
    void aCancelledMembershipStopsEveryoneButTheOwnerUntilRenewed() {
        long person = world.user(world.root(), "LEARNER");
        Api learner = world.as(person);
        learner.get("/me").expect(200);
        String email = world.email(person);
        String accountName = world.admin.get("/account/settings").expect(200).json().getString("name");

        owner.post("/account/membership/cancellation", Api.json("confirmation", "not " + accountName))
                .expectError(400, "invalid_input");
        learner.get("/me").expect(200);
        try {
            assertEquals("CANCELLED", owner.post("/account/membership/cancellation", Api.json("confirmation", accountName))
                    .expect(200).json().getString("status"));
            learner.get("/me").expectError(401, "unauthorized");
            Api.anonymous().post("/tokens", Api.json("email", email, "password", ApiWorld.PASSWORD))
                    .expectError(403, "account_cancelled");
            world.admin.get("/me").expectError(401, "unauthorized");
            owner.get("/me").expect(200);
        } finally {
            owner.post("/account/membership/renewal").expect(200);
        }
        // Tokens refused while the membership was cancelled work again: nothing about them changed.
        learner.get("/me").expect(200);
        world.admin.get("/me").expect(200);
    }

    @Test
    void ownershipMovesToAnAdministratorAndBack() {
        long demoOwner = owner.get("/me").expect(200).json().getJsonNumber("id").longValue();
        long learner = world.user(world.root(), "LEARNER");
        owner.post("/account/ownership-transfer", Api.json("administratorId", learner)).expectError(403, "refused");
        world.admin.post("/account/ownership-transfer", Api.json("administratorId", learner)).expectError(403, "forbidden");
        owner.post("/account/ownership-transfer", Api.json()).expectError(400, "invalid_input");

        long administrator = world.user(world.root(), "ADMINISTRATOR");
        owner.post("/account/ownership-transfer", Api.json("administratorId", administrator)).expect(204);
        Api next = world.as(administrator);
        try {
            assertEquals("ACCOUNT_OWNER", roleOf(administrator));
            assertEquals("ADMINISTRATOR", roleOf(demoOwner));
            owner.get("/account/membership").expectError(403, "forbidden");
        } finally {
            next.post("/account/ownership-transfer", Api.json("administratorId", demoOwner)).expect(204);
        }
        assertEquals("ACCOUNT_OWNER", roleOf(demoOwner));
        owner.get("/account/membership").expect(200);
    }

    private static String roleOf(long userId) {
        return world.admin.get("/users/" + userId).expect(200).json().getJsonObject("role").getString("key");
    }

    /** The settings as read, with one field replaced. */
    private static String settingsBody(JsonObject settings, String field, Object value, long version) {
        jakarta.json.JsonObjectBuilder body = jakarta.json.Json.createObjectBuilder(settings).add("version", version);
        if (value instanceof Integer number) {
            body.add(field, number);
        } else {
            body.add(field, value.toString());
        }
        return body.build().toString();
    }
}
