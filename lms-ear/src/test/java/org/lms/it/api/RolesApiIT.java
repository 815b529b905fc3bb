package org.lms.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lms.it.support.DemoUsers;
import org.lms.it.support.RunningApplication;

/** Built-in roles are fixed; custom roles are privilege sets an Administrator composes. */
@ExtendWith(RunningApplication.class)
class RolesApiIT {

    private static final List<String> BUILT_IN = List.of("ACCOUNT_OWNER", "ADMINISTRATOR", "ORGANIZATION_ADMINISTRATOR",
            "PUBLISHER", "INSTRUCTOR", "REPORTER", "LEARNER");

    private static ApiWorld world;

    @BeforeAll
    static void world() {
        world = new ApiWorld();
    }

    @Test
    void theBuiltInRolesHaveTheirFixedKeys() {
        ApiResponse roles = world.admin.get("/roles?size=200").expect(200);
        Set<String> keys = roles.items().stream().map(v -> v.asJsonObject().getString("key", null))
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        assertEquals(Set.copyOf(BUILT_IN), keys);
        JsonObject learner = world.admin.get("/roles/" + world.roleId("LEARNER")).expect(200).json();
        assertTrue(learner.getBoolean("builtIn"));
        assertEquals(List.of("CHANGE_OWN_SETTINGS", "VIEW_ASSIGNED_CONTENT", "VIEW_OWN_HISTORY"),
                learner.getJsonArray("privileges").getValuesAs(JsonString::getString));
        assertEquals(2, world.admin.get("/roles?size=2&page=1").expect(200).items().size());
    }

    @Test
    void builtInRolesCannotBeChangedOrDeleted() {
        long learner = world.roleId("LEARNER");
        String before = world.admin.get("/roles/" + learner).body();
        world.admin.put("/roles/" + learner, Api.json("name", "Learner", "privileges", List.of("VIEW_REPORTS"), "version", 1))
                .expectError(403, "refused");
        world.admin.delete("/roles/" + learner).expectError(403, "refused");
        assertEquals(before, world.admin.get("/roles/" + learner).body());
    }

    @Test
    void customRolesAreComposedChangedAndDeleted() {
        String name = ApiWorld.unique("Api Helpers");
        ApiResponse created = world.admin.post("/roles", Api.json("name", name, "privileges", List.of("VIEW_REPORTS", "CHANGE_OWN_SETTINGS")))
                .expect(201);
        long id = created.id();
        assertFalse(created.json().getBoolean("builtIn"));
        assertFalse(created.json().containsKey("key"));
        long version = created.version();
        JsonObject changed = world.admin.put("/roles/" + id, Api.json("name", name + " 2", "privileges",
                List.of("VIEW_REPORTS", "EXPORT_REPORTS"), "version", version)).expect(200).json();
        assertEquals(List.of("VIEW_REPORTS", "EXPORT_REPORTS"), changed.getJsonArray("privileges").getValuesAs(JsonString::getString));
        world.admin.put("/roles/" + id, Api.json("name", name + " 3", "privileges", List.of(), "version", version))
                .expectError(409, "conflict");
        world.admin.post("/roles", Api.json("name", name + " 2", "privileges", List.of())).expectError(409, "conflict");

        long holder = world.user(world.root(), "LEARNER");
        world.admin.put("/users/" + holder + "/role", Api.json("roleId", id)).expect(200);
        world.admin.delete("/roles/" + id).expectError(400, "invalid_input").fields().containsKey("replacementRoleId");
        world.admin.delete("/roles/" + id + "?replacementRoleId=" + world.roleId("REPORTER")).expect(204);
        world.admin.get("/roles/" + id).expectError(404, "not_found");
        assertEquals("REPORTER", world.admin.get("/users/" + holder).json().getJsonObject("role").getString("key"));
    }

    @Test
    void nobodyComposesBeyondTheRules() {
        world.admin.post("/roles", Api.json("name", ApiWorld.unique("Api Owners"), "privileges", List.of("MANAGE_MEMBERSHIP")))
                .expectError(403, "refused");
        world.admin.post("/roles", Api.json("name", ApiWorld.unique("Api Odd"), "privileges", List.of("FLY")))
                .expectError(400, "invalid_input");
        world.admin.post("/roles", Api.json("name", ApiWorld.unique("Api Odd"))).expectError(400, "invalid_input");
        Api orgAdmin = Api.signIn(DemoUsers.ORG_ADMIN, DemoUsers.PASSWORD);
        orgAdmin.get("/roles").expect(200);
        orgAdmin.post("/roles", Api.json("name", ApiWorld.unique("Api Mine"), "privileges", List.of("VIEW_REPORTS")))
                .expectError(403, "forbidden");
        Api.signIn(DemoUsers.PUBLISHER, DemoUsers.PASSWORD).get("/roles").expectError(403, "forbidden");
    }
}
