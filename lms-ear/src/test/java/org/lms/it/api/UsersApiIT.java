package org.lms.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lms.it.support.RunningApplication;

/**
 * Users over HTTP, in a world of their own: "Api Users" with a sub-organization, and
 * "Api Users Other" beside it, each with people; an Organization Administrator of "Api Users".
 */
@ExtendWith(RunningApplication.class)
class UsersApiIT {

    private static ApiWorld world;
    private static long home;
    private static long sub;
    private static long other;
    private static Api orgAdmin;
    private static long orgAdminId;

    @BeforeAll
    static void world() {
        world = new ApiWorld();
        home = world.organization(world.root(), "Api Users");
        sub = world.organization(home, "Api Users Sub");
        other = world.organization(world.root(), "Api Users Other");
        orgAdminId = world.user(home, "ORGANIZATION_ADMINISTRATOR");
        orgAdmin = world.as(orgAdminId);
    }

    @Test
    void createReadChangeAndDelete() {
        String email = ApiWorld.uniqueEmail("created");
        ApiResponse created = orgAdmin.post("/users", Api.json("email", email, "name", "Created Person", "organizationId", sub,
                "roleKey", "PUBLISHER")).expect(201);
        long id = created.id();
        assertTrue(created.header("Location").endsWith("/api/v1/users/" + id), created.header("Location"));
        JsonObject user = created.json();
        assertEquals(email, user.getString("email"));
        assertEquals("PUBLISHER", user.getJsonObject("role").getString("key"));
        assertEquals(sub, user.getJsonObject("organization").getJsonNumber("id").longValue());
        assertEquals("ACTIVE", user.getString("status"));
        assertTrue(user.containsKey("createdAt") && user.containsKey("version"), user.toString());

        JsonObject read = orgAdmin.get("/users/" + id).expect(200).json();
        assertEquals(user, read);

        JsonObject changed = orgAdmin.patch("/users/" + id, Api.json("name", "Changed Person", "organizationId", home,
                "mayViewOrganizationReports", true, "version", read.getJsonNumber("version").longValue())).expect(200).json();
        assertEquals("Changed Person", changed.getString("name"));
        assertEquals(home, changed.getJsonObject("organization").getJsonNumber("id").longValue());
        assertTrue(changed.getBoolean("mayViewOrganizationReports"));

        orgAdmin.delete("/users/" + id).expect(204);
        orgAdmin.get("/users/" + id).expectError(404, "not_found");
    }

    @Test
    void aUserIsCreatedWithARoleIdToo() {
        long reporter = world.roleId("REPORTER");
        ApiResponse created = world.admin.post("/users", Api.json("email", ApiWorld.uniqueEmail("by-id"), "name", "By Id",
                "organizationId", home, "roleId", reporter)).expect(201);
        assertEquals("REPORTER", created.json().getJsonObject("role").getString("key"));
        world.admin.post("/users", Api.json("email", ApiWorld.uniqueEmail("both"), "name", "Both", "organizationId", home,
                "roleId", reporter, "roleKey", "REPORTER")).expectError(400, "invalid_input");
        world.admin.post("/users", Api.json("email", ApiWorld.uniqueEmail("none"), "name", "None", "organizationId", home))
                .expectError(400, "invalid_input");
    }

    @Test
    void invalidInputNamesTheFields() {
        ApiResponse response = orgAdmin.post("/users", Api.json("email", "not-an-email", "name", "  ", "organizationId", home,
                "roleKey", "LEARNER")).expectError(400, "invalid_input");
        assertTrue(response.fields().containsKey("email"), response.body());
        ApiResponse password = orgAdmin.post("/users", Api.json("email", ApiWorld.uniqueEmail("weak"), "name", "Weak",
                "organizationId", home, "roleKey", "LEARNER", "password", "short")).expectError(400, "invalid_input");
        assertTrue(password.fields().containsKey("password"), password.body());
        orgAdmin.post("/users", Api.json("email", ApiWorld.uniqueEmail("status"), "name", "Status", "organizationId", home,
                "roleKey", "LEARNER", "status", "DEACTIVATED")).expectError(400, "invalid_input");
    }

    @Test
    void aDuplicateEmailOrAStaleVersionIs409() {
        long id = world.user(home, "LEARNER");
        String email = world.email(id);
        orgAdmin.post("/users", Api.json("email", email.toUpperCase(java.util.Locale.ROOT), "name", "Twin", "organizationId", home,
                "roleKey", "LEARNER")).expectError(409, "conflict").fields().containsKey("email");
        long version = world.userVersion(id);
        orgAdmin.patch("/users/" + id, Api.json("name", "First Edit", "version", version)).expect(200);
        ApiResponse stale = orgAdmin.patch("/users/" + id, Api.json("name", "Second Edit", "version", version)).expectError(409, "conflict");
        assertTrue(stale.fields().containsKey("version"), stale.body());
        assertEquals("First Edit", orgAdmin.get("/users/" + id).json().getString("name"));
        orgAdmin.patch("/users/" + id, Api.json("name", "No Version")).expectError(400, "invalid_input");
    }

    @Test
    void fieldsAUserEditCannotChangeAreNamed() {
        long id = world.user(home, "LEARNER");
        ApiResponse response = orgAdmin.patch("/users/" + id, Api.json("status", "DEACTIVATED", "role", "ADMINISTRATOR",
                "lastSignInAt", "2026-01-01T00:00:00Z", "version", world.userVersion(id))).expectError(400, "invalid_input");
        assertEquals(List.of("lastSignInAt", "role", "status"), response.fields().keySet().stream().sorted().toList());
        assertEquals("ACTIVE", orgAdmin.get("/users/" + id).json().getString("status"));
    }

    @Test
    void listsFilterByOrganizationSubtreeRoleGroupStatusAndText() {
        String tag = ApiWorld.unique("tag").replace(' ', '-');
        long inHome = world.user(home, "LEARNER", "home-" + tag + "@api-test.example");
        long inSub = world.user(sub, "PUBLISHER", "sub-" + tag + "@api-test.example");
        long inOther = world.user(other, "LEARNER", "other-" + tag + "@api-test.example");
        long group = world.group(home, ApiWorld.unique("Api Users Group"));
        world.admin.put("/groups/" + group + "/members/" + inSub).expect(204);

        assertEquals(List.of(inHome, inSub, inOther).stream().sorted().toList(),
                world.admin.get("/users?q=" + tag + "&sort=email&size=10").expect(200).ids().stream().sorted().toList());
        assertEquals(List.of(inHome, inSub), world.admin.get("/users?q=" + tag + "&organizationId=" + home + "&sort=email")
                .expect(200).ids());
        assertEquals(List.of(inSub), world.admin.get("/users?q=" + tag + "&organizationId=" + sub).expect(200).ids());
        assertEquals(List.of(inSub), world.admin.get("/users?q=" + tag + "&roleKey=PUBLISHER").expect(200).ids());
        assertEquals(List.of(inSub), world.admin.get("/users?q=" + tag + "&roleId=" + world.roleId("PUBLISHER")).expect(200).ids());
        assertEquals(List.of(inSub), world.admin.get("/users?groupId=" + group).expect(200).ids());
        world.admin.post("/users/" + inHome + "/deactivate").expect(200);
        assertEquals(List.of(inHome), world.admin.get("/users?q=" + tag + "&status=DEACTIVATED").expect(200).ids());

        ApiResponse sorted = world.admin.get("/users?q=" + tag + "&sort=-email&size=2&page=0").expect(200);
        assertEquals(3, sorted.total());
        assertEquals(List.of(inSub, inOther), sorted.ids());
        assertEquals(List.of(inHome), world.admin.get("/users?q=" + tag + "&sort=-email&size=2&page=1").expect(200).ids());
    }

    @Test
    void nothingOutsideTheScopeIsFoundListedOrChanged() {
        long outsider = world.user(other, "LEARNER");
        long otherGroup = world.group(other, ApiWorld.unique("Api Users Other Group"));
        String before = world.admin.get("/users/" + outsider).body();

        orgAdmin.get("/users/" + outsider).expectError(404, "not_found");
        orgAdmin.patch("/users/" + outsider, Api.json("name", "Reached", "version", 1)).expectError(404, "not_found");
        orgAdmin.post("/users/" + outsider + "/deactivate").expectError(404, "not_found");
        orgAdmin.put("/users/" + outsider + "/role", Api.json("roleKey", "PUBLISHER")).expectError(404, "not_found");
        orgAdmin.delete("/users/" + outsider).expectError(404, "not_found");
        orgAdmin.get("/users?organizationId=" + other).expectError(404, "not_found");
        orgAdmin.get("/users?groupId=" + otherGroup).expectError(404, "not_found");
        assertFalse(orgAdmin.get("/users?q=" + world.email(outsider)).expect(200).ids().contains(outsider));
        orgAdmin.post("/users", Api.json("email", ApiWorld.uniqueEmail("outside"), "name", "Outside", "organizationId", other,
                "roleKey", "LEARNER")).expectError(404, "not_found");
        long insider = world.user(home, "LEARNER");
        orgAdmin.patch("/users/" + insider, Api.json("organizationId", other, "version", world.userVersion(insider)))
                .expectError(404, "not_found");

        assertEquals(before, world.admin.get("/users/" + outsider).body(), "nothing changed");
        assertEquals(home, world.admin.get("/users/" + insider).json().getJsonObject("organization").getJsonNumber("id").longValue());
        // The same answer as for an id that does not exist at all.
        assertEquals(orgAdmin.get("/users/999999999").code(), orgAdmin.get("/users/" + outsider).code());
    }

    @Test
    void rolesAreGivenWithinTheRules() {
        long person = world.user(home, "LEARNER");
        assertEquals("PUBLISHER", orgAdmin.put("/users/" + person + "/role", Api.json("roleKey", "PUBLISHER")).expect(200).json()
                .getJsonObject("role").getString("key"));
        ApiResponse refused = orgAdmin.put("/users/" + person + "/role", Api.json("roleKey", "ADMINISTRATOR")).expectError(403, "refused");
        assertFalse(refused.message().isBlank());
        orgAdmin.put("/users/" + orgAdminId + "/role", Api.json("roleKey", "LEARNER")).expectError(403, "refused");
        orgAdmin.put("/users/" + person + "/role", Api.json("roleKey", "EMPEROR")).expectError(400, "invalid_input");
        assertEquals("PUBLISHER", world.admin.get("/users/" + person).json().getJsonObject("role").getString("key"));
    }

    @Test
    void deactivatedPeopleCanBeActivatedAgain() {
        long person = world.user(home, "LEARNER");
        assertEquals("DEACTIVATED", orgAdmin.post("/users/" + person + "/deactivate").expect(200).json().getString("status"));
        assertEquals("ACTIVE", orgAdmin.post("/users/" + person + "/activate").expect(200).json().getString("status"));
        orgAdmin.post("/users/" + orgAdminId + "/deactivate").expectError(403, "refused");
    }

    @Test
    void rolesWithoutManageUsersAre403() {
        Api publisher = world.as(world.user(home, "PUBLISHER"));
        long person = world.user(home, "LEARNER");
        publisher.get("/users").expectError(403, "forbidden");
        publisher.get("/users/" + person).expectError(403, "forbidden");
        publisher.post("/users", Api.json("email", ApiWorld.uniqueEmail("nope"), "name", "Nope", "organizationId", home,
                "roleKey", "LEARNER")).expectError(403, "forbidden");
        publisher.post("/users/" + person + "/deactivate").expectError(403, "forbidden");
        publisher.delete("/users/" + person).expectError(403, "forbidden");
        Api.anonymous().get("/users").expectError(401, "unauthorized");
    }
}
