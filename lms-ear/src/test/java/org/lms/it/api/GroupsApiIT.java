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

/** Groups and their members over HTTP, for an Organization Administrator of one branch. */
@ExtendWith(RunningApplication.class)
class GroupsApiIT {

    private static ApiWorld world;
    private static long home;
    private static long other;
    private static Api orgAdmin;

    @BeforeAll
    static void world() {
        world = new ApiWorld();
        home = world.organization(world.root(), "Api Groups");
        other = world.organization(world.root(), "Api Groups Other");
        orgAdmin = world.as(world.user(home, "ORGANIZATION_ADMINISTRATOR"));
    }

    @Test
    void createRenameAndDelete() {
        String name = ApiWorld.unique("Api Team");
        ApiResponse created = orgAdmin.post("/groups", Api.json("name", name, "organizationId", home)).expect(201);
        long id = created.id();
        JsonObject group = created.json();
        assertEquals(name, group.getString("name"));
        assertEquals(home, group.getJsonObject("organization").getJsonNumber("id").longValue());
        assertEquals(0, group.getJsonNumber("members").longValue());
        assertEquals(group, orgAdmin.get("/groups/" + id).expect(200).json());
        assertTrue(orgAdmin.get("/groups?q=" + name.replace(' ', '+')).expect(200).ids().contains(id));

        long version = group.getJsonNumber("version").longValue();
        assertEquals(name + " renamed", orgAdmin.patch("/groups/" + id, Api.json("name", name + " renamed", "version", version))
                .expect(200).json().getString("name"));
        orgAdmin.patch("/groups/" + id, Api.json("name", "Stale", "version", version)).expectError(409, "conflict");
        orgAdmin.patch("/groups/" + id, Api.json("organizationId", other, "version", version + 1)).expectError(400, "invalid_input");

        orgAdmin.delete("/groups/" + id).expect(204);
        orgAdmin.get("/groups/" + id).expectError(404, "not_found");
    }

    @Test
    void membersComeAndGo() {
        long group = world.group(home, ApiWorld.unique("Api Members"));
        long first = world.user(home, "LEARNER");
        long second = world.user(home, "LEARNER");
        orgAdmin.put("/groups/" + group + "/members/" + first).expect(204);
        orgAdmin.put("/groups/" + group + "/members/" + second).expect(204);
        orgAdmin.put("/groups/" + group + "/members/" + second).expect(204);
        ApiResponse members = orgAdmin.get("/groups/" + group + "/members").expect(200);
        assertEquals(2, members.total());
        assertEquals(List.of(first, second).stream().sorted().toList(), members.ids().stream().sorted().toList());
        assertEquals(2, orgAdmin.get("/groups/" + group).json().getJsonNumber("members").longValue());
        assertEquals(1, orgAdmin.get("/groups/" + group + "/members?size=1&page=1").expect(200).ids().size());

        orgAdmin.delete("/groups/" + group + "/members/" + first).expect(204);
        assertEquals(List.of(second), orgAdmin.get("/groups/" + group + "/members").ids());
    }

    @Test
    void peopleOfAnotherBranchStayOut() {
        long group = world.group(home, ApiWorld.unique("Api Closed"));
        long outsider = world.user(other, "LEARNER");
        orgAdmin.put("/groups/" + group + "/members/" + outsider).expectError(404, "not_found");
        world.admin.put("/groups/" + group + "/members/" + outsider).expectError(403, "refused");
        assertEquals(0, world.admin.get("/groups/" + group).json().getJsonNumber("members").longValue());
    }

    @Test
    void groupsOfAnotherBranchAreNotFound() {
        long group = world.group(other, ApiWorld.unique("Api Foreign"));
        String before = world.admin.get("/groups/" + group).body();
        orgAdmin.get("/groups/" + group).expectError(404, "not_found");
        orgAdmin.get("/groups/" + group + "/members").expectError(404, "not_found");
        orgAdmin.patch("/groups/" + group, Api.json("name", "Taken", "version", 1)).expectError(404, "not_found");
        orgAdmin.delete("/groups/" + group).expectError(404, "not_found");
        orgAdmin.post("/groups", Api.json("name", "Planted", "organizationId", other)).expectError(404, "not_found");
        assertFalse(orgAdmin.get("/groups?size=200").ids().contains(group));
        assertEquals(before, world.admin.get("/groups/" + group).body());
    }

    @Test
    void readersSeeGroupsButDoNotManageThem() {
        long group = world.group(home, ApiWorld.unique("Api Read"));
        Api reporter = world.as(world.user(home, "REPORTER"));
        assertTrue(reporter.get("/groups?size=200").expect(200).ids().contains(group));
        reporter.get("/groups/" + group).expect(200);
        reporter.get("/groups/" + group + "/members").expectError(403, "forbidden");
        reporter.post("/groups", Api.json("name", "Mine", "organizationId", home)).expectError(403, "forbidden");
        reporter.delete("/groups/" + group).expectError(403, "forbidden");
        world.as(world.user(home, "LEARNER")).get("/groups").expectError(403, "forbidden");
    }
}
