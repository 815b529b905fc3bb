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

/** The privileges, and the permission core's explanation of a decision. */
@ExtendWith(RunningApplication.class)
class PermissionsApiIT {

    private static ApiWorld world;
    private static long home;
    private static long other;

    @BeforeAll
    static void world() {
        world = new ApiWorld();
        home = world.organization(world.root(), "Api Permissions");
        other = world.organization(world.root(), "Api Permissions Other");
    }

    @Test
    void everyPrivilegeIsDescribedInTheCallersLanguage() {
        Api learner = Api.signIn(DemoUsers.LEARNER, DemoUsers.PASSWORD);
        ApiResponse english = learner.get("/privileges").expect(200);
        assertEquals(19, english.total());
        JsonObject manageUsers = english.items().stream().map(v -> v.asJsonObject())
                .filter(p -> p.getString("key").equals("MANAGE_USERS")).findFirst().orElseThrow();
        assertEquals("Manage users", manageUsers.getString("name"));
        assertEquals("PEOPLE", manageUsers.getString("category"));
        assertFalse(manageUsers.getString("description").isBlank());
        assertTrue(learner.inGerman().get("/privileges").body().contains("Benutzer verwalten"));
    }

    @Test
    void explainGivesTheDecisionAndItsReasons() {
        long orgAdmin = world.user(home, "ORGANIZATION_ADMINISTRATOR");
        long insider = world.user(home, "LEARNER");
        long outsider = world.user(other, "LEARNER");
        JsonObject allowed = world.admin.get("/permissions/explain?userId=" + orgAdmin + "&privilege=MANAGE_USERS&targetType=USER&targetId="
                + insider).expect(200).json();
        assertTrue(allowed.getBoolean("allowed"), allowed.toString());
        JsonObject denied = world.admin.get("/permissions/explain?userId=" + orgAdmin + "&privilege=MANAGE_USERS&targetType=USER&targetId="
                + outsider).expect(200).json();
        assertFalse(denied.getBoolean("allowed"));
        List<String> keys = denied.getJsonArray("reasons").stream().map(v -> v.asJsonObject().getString("key")).toList();
        assertTrue(keys.contains("explain.holds") && keys.contains("explain.scopeOutside"), keys.toString());
        assertTrue(denied.getJsonArray("reasons").getJsonObject(0).getString("message").contains("Organization Administrator"),
                denied.toString());
    }

    @Test
    void explainKeepsToTheCallersScopeAndPrivileges() {
        Api orgAdmin = world.as(world.user(home, "ORGANIZATION_ADMINISTRATOR"));
        long insider = world.user(home, "LEARNER");
        long outsider = world.user(other, "LEARNER");
        orgAdmin.get("/permissions/explain?userId=" + insider + "&privilege=VIEW_REPORTS").expect(200);
        orgAdmin.get("/permissions/explain?userId=" + outsider + "&privilege=VIEW_REPORTS").expectError(404, "not_found");
        orgAdmin.get("/permissions/explain?userId=" + insider + "&privilege=VIEW_REPORTS&targetType=USER&targetId=" + outsider)
                .expectError(404, "not_found");
        ApiResponse bad = orgAdmin.get("/permissions/explain?privilege=FLY&targetType=PLANET").expectError(400, "invalid_input");
        assertEquals(List.of("privilege", "targetType", "userId"), bad.fields().keySet().stream().sorted().toList());
        orgAdmin.get("/permissions/explain?userId=" + insider).expectError(400, "invalid_input");
        world.as(insider).get("/permissions/explain?userId=" + insider + "&privilege=VIEW_REPORTS").expectError(403, "forbidden");
    }
}
