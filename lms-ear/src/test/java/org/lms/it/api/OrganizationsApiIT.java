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

/** The organization tree over HTTP, seen by an Organization Administrator of one branch. */
@ExtendWith(RunningApplication.class)
class OrganizationsApiIT {

    private static ApiWorld world;
    private static long home;
    private static long other;
    private static Api orgAdmin;

    @BeforeAll
    static void world() {
        world = new ApiWorld();
        home = world.organization(world.root(), "Api Organizations");
        other = world.organization(world.root(), "Api Organizations Other");
        orgAdmin = world.as(world.user(home, "ORGANIZATION_ADMINISTRATOR"));
    }

    @Test
    void createRenameMoveAndDelete() {
        String name = ApiWorld.unique("Api Unit");
        ApiResponse created = orgAdmin.post("/organizations", Api.json("name", name, "parentId", home)).expect(201);
        long id = created.id();
        JsonObject unit = created.json();
        assertEquals(home, unit.getJsonNumber("parentId").longValue());
        assertTrue(unit.getString("path").endsWith("/" + home + "/" + id + "/"), unit.toString());
        assertEquals(unit, orgAdmin.get("/organizations/" + id).expect(200).json());

        long sibling = world.organization(home, "Api Sibling");
        JsonObject moved = orgAdmin.patch("/organizations/" + id, Api.json("name", name + " moved", "parentId", sibling,
                "version", unit.getJsonNumber("version").longValue())).expect(200).json();
        assertEquals(name + " moved", moved.getString("name"));
        assertEquals(sibling, moved.getJsonNumber("parentId").longValue());
        assertTrue(moved.getString("path").endsWith("/" + sibling + "/" + id + "/"), moved.toString());

        orgAdmin.delete("/organizations/" + id).expect(204);
        orgAdmin.get("/organizations/" + id).expectError(404, "not_found");
    }

    @Test
    void theListHoldsTheScopeOnlyInTreeOrder() {
        long child = world.organization(home, "Api Listed");
        List<Long> mine = orgAdmin.get("/organizations?size=200").expect(200).ids();
        assertTrue(mine.contains(home) && mine.contains(child), mine.toString());
        assertTrue(mine.indexOf(home) < mine.indexOf(child), "a parent before its children");
        assertFalse(mine.contains(other) || mine.contains(world.root()), mine.toString());
        assertEquals(mine.size(), orgAdmin.get("/organizations?size=200").total());
        String otherName = world.admin.get("/organizations/" + other).json().getString("name");
        assertEquals(List.of(other), world.admin.get("/organizations?sort=name&q=" + otherName.replace(' ', '+')).expect(200).ids());
        assertEquals(world.root(), world.admin.get("/organizations?size=1").expect(200).ids().get(0), "the root comes first");
    }

    @Test
    void aRefusedMoveKeepsTheNameToo() {
        long parent = world.organization(home, "Api Parent");
        long child = world.organization(parent, "Api Child");
        JsonObject before = orgAdmin.get("/organizations/" + parent).json();
        orgAdmin.patch("/organizations/" + parent, Api.json("name", "Renamed Parent", "parentId", child,
                "version", before.getJsonNumber("version").longValue())).expectError(403, "refused");
        assertEquals(before, orgAdmin.get("/organizations/" + parent).json());
    }

    @Test
    void aStaleVersionIs409() {
        long unit = world.organization(home, "Api Versioned");
        long version = orgAdmin.get("/organizations/" + unit).version();
        orgAdmin.patch("/organizations/" + unit, Api.json("name", ApiWorld.unique("Api First"), "version", version)).expect(200);
        orgAdmin.patch("/organizations/" + unit, Api.json("name", ApiWorld.unique("Api Second"), "version", version))
                .expectError(409, "conflict");
        orgAdmin.patch("/organizations/" + unit, Api.json("path", "/1/")).expectError(400, "invalid_input");
    }

    @Test
    void aNonEmptyOrganizationIsNotDeleted() {
        long unit = world.organization(home, "Api Busy");
        world.user(unit, "LEARNER");
        ApiResponse refused = orgAdmin.delete("/organizations/" + unit).expectError(403, "refused");
        assertTrue(refused.message().contains("1"), refused.message());
        orgAdmin.get("/organizations/" + unit).expect(200);
    }

    @Test
    void otherBranchesAreNotFound() {
        String before = world.admin.get("/organizations/" + other).body();
        orgAdmin.get("/organizations/" + other).expectError(404, "not_found");
        orgAdmin.post("/organizations", Api.json("name", "Intruder", "parentId", other)).expectError(404, "not_found");
        orgAdmin.patch("/organizations/" + other, Api.json("name", "Taken", "version", 1)).expectError(404, "not_found");
        orgAdmin.delete("/organizations/" + other).expectError(404, "not_found");
        long mine = world.organization(home, "Api Stays");
        orgAdmin.patch("/organizations/" + mine, Api.json("parentId", other, "version", orgAdmin.get("/organizations/" + mine).version()))
                .expectError(404, "not_found");
        assertEquals(before, world.admin.get("/organizations/" + other).body());
    }

    @Test
    void learnersMayNotAndInvalidInputIsNamed() {
        Api learner = world.as(world.user(home, "LEARNER"));
        learner.get("/organizations").expectError(403, "forbidden");
        learner.post("/organizations", Api.json("name", "Nope", "parentId", home)).expectError(403, "forbidden");
        orgAdmin.post("/organizations", Api.json("name", "", "parentId", home)).expectError(400, "invalid_input").fields()
                .containsKey("name");
        orgAdmin.post("/organizations", Api.json("name", "No Parent")).expectError(400, "invalid_input");
    }
}
