package org.lms.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lms.it.support.DemoUsers;
import org.lms.it.support.RunningApplication;

/** The signed-in person: who they are, and the settings they change themselves. */
@ExtendWith(RunningApplication.class)
class MeApiIT {

    private static ApiWorld world;
    private static long home;

    @BeforeAll
    static void world() {
        world = new ApiWorld();
        home = world.organization(world.root(), "Api Me");
    }

    @Test
    void meTellsWhoIsSignedIn() {
        JsonObject me = Api.signIn(DemoUsers.ORG_ADMIN, DemoUsers.PASSWORD).get("/me").expect(200).json();
        assertEquals(DemoUsers.ORG_ADMIN, me.getString("email"));
        assertEquals("ORGANIZATION_ADMINISTRATOR", me.getJsonObject("role").getString("key"));
        assertTrue(me.getJsonObject("role").getJsonNumber("id").longValue() > 0);
        assertEquals("Engineering", me.getJsonObject("organization").getString("name"));
        assertTrue(me.getJsonObject("organization").getString("path").matches("(/\\d+)+/"), me.toString());
        List<String> privileges = me.getJsonArray("privileges").getValuesAs(jakarta.json.JsonString::getString);
        assertTrue(privileges.contains("MANAGE_USERS"), privileges.toString());
        assertFalse(privileges.contains("ACCOUNT_WIDE_SCOPE"), privileges.toString());
    }

    @Test
    void nameLanguageAndTimeZoneChangeTogether() {
        Api me = world.as(world.user(home, "LEARNER"));
        JsonObject changed = me.patch("/me", Api.json("name", "Renamed Me", "locale", "de", "timeZone", "Europe/Berlin"))
                .expect(200).json();
        assertEquals("Renamed Me", changed.getString("name"));
        assertEquals("de", changed.getString("locale"));
        assertEquals("Europe/Berlin", changed.getString("timeZone"));

        JsonObject reset = me.patch("/me", Api.json("locale", null, "timeZone", null)).expect(200).json();
        assertFalse(reset.containsKey("locale"), "null returns to the account's default: " + reset);
        assertEquals("Renamed Me", reset.getString("name"), "absent fields stay as they are");
    }

    @Test
    void aRefusedChangeChangesNothing() {
        Api me = world.as(world.user(home, "LEARNER"));
        String before = me.get("/me").expect(200).body();
        ApiResponse refused = me.patch("/me", Api.json("name", "Half Changed", "timeZone", "Mars/Olympus")).expectError(400, "invalid_input");
        assertTrue(refused.fields().containsKey("timeZone"), refused.body());
        assertEquals(before, me.get("/me").body(), "the name did not change either");
    }

    @Test
    void aNewEmailNeedsTheCurrentPassword() {
        long id = world.user(home, "LEARNER");
        Api me = world.as(id);
        String email = ApiWorld.uniqueEmail("renamed");
        me.patch("/me", Api.json("email", email)).expectError(400, "invalid_input").fields().containsKey("currentPassword");
        me.patch("/me", Api.json("email", email, "currentPassword", "not-the-password")).expectError(400, "invalid_input");
        me.patch("/me", Api.json("email", DemoUsers.ADMIN, "currentPassword", ApiWorld.PASSWORD)).expectError(409, "conflict");
        assertEquals(email, me.patch("/me", Api.json("email", email, "currentPassword", ApiWorld.PASSWORD)).expect(200).json()
                .getString("email"));
    }

    @Test
    void profileFieldsFollowTheViewersRole() {
        JsonObject created = world.admin.post("/users", Api.json("email", ApiWorld.uniqueEmail("profiled"), "name", "Pro Filed",
                "organizationId", home, "roleKey", "LEARNER", "password", ApiWorld.PASSWORD, "department", "Research"))
                .expect(201).json();
        assertEquals("Research", created.getString("department"), "profile fields come with a new person too");
        String notMade = ApiWorld.uniqueEmail("unprofiled");
        ApiResponse badDate = world.admin.post("/users", Api.json("email", notMade, "name", "Not Made",
                "organizationId", home, "roleKey", "LEARNER", "hireDate", "someday")).expectError(400, "invalid_input");
        assertTrue(badDate.fields().containsKey("hireDate"), badDate.body());
        assertEquals(0, world.admin.get("/users?q=" + notMade).expect(200).total(), "a refused profile field creates nobody");
        long id = world.user(home, "LEARNER");
        String path = "/users/" + id;
        long version = world.admin.get(path).expect(200).version();
        ApiResponse invalid = world.admin.patch(path, Api.json("hireDate", "31.12.2025", "version", version))
                .expectError(400, "invalid_input");
        assertTrue(invalid.fields().containsKey("hireDate"), invalid.body());
        JsonObject changed = world.admin.patch(path, Api.json("jobTitle", "Engineer", "hireDate", "2024-02-29",
                "employeeId", "E-77", "version", version)).expect(200).json();
        assertEquals("Engineer", changed.getString("jobTitle"));
        assertEquals("2024-02-29", changed.getString("hireDate"), "an Administrator sees and edits every field");

        Api me = world.as(id);
        JsonObject mine = me.get("/me").expect(200).json();
        assertEquals("Engineer", mine.getString("jobTitle"));
        assertEquals("E-77", mine.getString("employeeId"));
        assertFalse(mine.containsKey("hireDate"), "learners do not see hire dates, their own neither: " + mine);
        ApiResponse readOnly = me.patch("/me", Api.json("jobTitle", "Chief")).expectError(403, "refused");
        assertTrue(readOnly.message().contains("Job title"), readOnly.body());
        me.patch("/me", Api.json("hireDate", "2020-01-01")).expectError(403, "refused");
        me.patch("/me", Api.json("profile", "not an object")).expectError(400, "invalid_input");
        assertEquals("Engineer", world.admin.get(path).expect(200).json().getString("jobTitle"), "nothing changed");
        assertEquals("2024-02-29", world.admin.get(path).expect(200).json().getString("hireDate"));
    }

    @Test
    void fieldsThatAreNotOnesOwnToChangeAreNamed() {
        Api me = world.as(world.user(home, "LEARNER"));
        ApiResponse refused = me.patch("/me", Api.json("role", "ADMINISTRATOR", "id", 1, "shoeSize", 44)).expectError(400, "invalid_input");
        assertEquals("This field cannot be changed here.", refused.fields().getString("role"));
        assertEquals("This field cannot be changed here.", refused.fields().getString("id"));
        assertEquals("Not a field of this request.", refused.fields().getString("shoeSize"));
    }

    @Test
    void aNewPasswordEndsEveryTokenOfThePerson() {
        long id = world.user(home, "LEARNER");
        Api first = world.as(id);
        Api second = world.as(id);
        first.put("/me/password", Api.json("currentPassword", "wrong-password-1", "newPassword", "Another-Password-2026"))
                .expectError(400, "invalid_input");
        first.put("/me/password", Api.json("currentPassword", ApiWorld.PASSWORD, "newPassword", "short")).expectError(400, "invalid_input")
                .fields().containsKey("newPassword");
        first.put("/me/password", Api.json("currentPassword", ApiWorld.PASSWORD, "newPassword", "Another-Password-2026")).expect(204);
        first.get("/me").expectError(401, "unauthorized");
        second.get("/me").expectError(401, "unauthorized");
        Api.signIn(world.email(id), "Another-Password-2026").get("/me").expect(200);
    }
}
