package org.lms.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lms.it.support.DemoUsers;
import org.lms.it.support.RunningApplication;

/** The audit log over HTTP: changes and refusals, filtered in the database. */
@ExtendWith(RunningApplication.class)
class AuditEventsApiIT {

    private static ApiWorld world;
    private static long home;

    @BeforeAll
    static void world() {
        world = new ApiWorld();
        home = world.organization(world.root(), "Api Audit");
    }

    @Test
    void changesAndRefusalsAreInTheLog() {
        Instant before = Instant.now().minusSeconds(1);
        String name = ApiWorld.unique("Api Audited");
        long group = world.group(home, name);
        world.admin.put("/groups/" + group + "/members/" + world.user(world.organization(world.root(), "Api Audit Elsewhere"), "LEARNER"))
                .expectError(403, "refused");

        ApiResponse done = world.admin.get("/audit-events?target=" + name.replace(' ', '+') + "&kind=GROUP_CREATED&from=" + before)
                .expect(200);
        assertEquals(1, done.total());
        JsonObject event = done.items().getJsonObject(0);
        assertEquals("DONE", event.getString("outcome"));
        assertEquals("GROUP", event.getString("targetType"));
        assertEquals(group, event.getJsonNumber("targetId").longValue());
        assertTrue(event.getString("actor").contains(DemoUsers.ADMIN), event.toString());
        Instant.parse(event.getString("occurredAt"));

        ApiResponse refused = world.admin.get("/audit-events?target=" + name.replace(' ', '+') + "&outcome=REFUSED").expect(200);
        assertEquals(1, refused.total());
        assertTrue(refused.items().getJsonObject(0).getString("reason").length() > 10);
        assertEquals(0, world.admin.get("/audit-events?target=" + name.replace(' ', '+') + "&to=" + before).expect(200).total());
    }

    @Test
    void onlyReadersOfTheLogReadIt() {
        Api.signIn(DemoUsers.ORG_ADMIN, DemoUsers.PASSWORD).get("/audit-events").expectError(403, "forbidden");
        world.as(world.user(home, "REPORTER")).get("/audit-events").expectError(403, "forbidden");
        world.admin.get("/audit-events?from=yesterday&kind=PARTY&sort=occurredAt").expectError(400, "invalid_input");
        assertEquals(1, world.admin.get("/audit-events?size=1&sort=-occurredAt").expect(200).items().size());
    }
}
