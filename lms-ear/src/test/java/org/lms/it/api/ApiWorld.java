package org.lms.it.api;

import java.util.concurrent.atomic.AtomicLong;
import org.lms.it.support.DemoUsers;

/**
 * Objects a test makes for itself through the API, as the demo Administrator, with names no other
 * test uses: tests never depend on each other's changes, and demo users are never locked out.
 * Other test classes lock the demo Reporter and Sam Sales on purpose (sign-in throttle): API tests
 * sign in as neither.
 */
final class ApiWorld {

    static final String PASSWORD = "Api-Test-Password-2026";
    private static final AtomicLong SEQUENCE = new AtomicLong(System.currentTimeMillis() % 10_000_000);

    final Api admin;

    ApiWorld() {
        this.admin = Api.signIn(DemoUsers.ADMIN, DemoUsers.PASSWORD);
    }

    static String unique(String prefix) {
        return prefix + " " + SEQUENCE.incrementAndGet();
    }

    static String uniqueEmail(String prefix) {
        return prefix + "-" + SEQUENCE.incrementAndGet() + "@api-test.example";
    }

    /** The account's root organization: the Administrator's own. */
    long root() {
        return admin.get("/me").expect(200).json().getJsonObject("organization").getJsonNumber("id").longValue();
    }

    long organization(long parentId, String prefix) {
        return admin.post("/organizations", Api.json("name", unique(prefix), "parentId", parentId)).expect(201).id();
    }

    /** A person with the built-in role and the test password. */
    long user(long organizationId, String roleKey, String email) {
        return admin.post("/users", Api.json("email", email, "name", "Api Person " + SEQUENCE.incrementAndGet(),
                "organizationId", organizationId, "roleKey", roleKey, "password", PASSWORD)).expect(201).id();
    }

    long user(long organizationId, String roleKey) {
        return user(organizationId, roleKey, uniqueEmail(roleKey.toLowerCase(java.util.Locale.ROOT)));
    }

    String email(long userId) {
        return admin.get("/users/" + userId).expect(200).json().getString("email");
    }

    long userVersion(long userId) {
        return admin.get("/users/" + userId).expect(200).version();
    }

    long group(long organizationId, String name) {
        return admin.post("/groups", Api.json("name", name, "organizationId", organizationId)).expect(201).id();
    }

    long roleId(String key) {
        return admin.get("/roles?size=200").expect(200).items().stream().map(v -> v.asJsonObject())
                .filter(role -> key.equals(role.getString("key", null))).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }

    /** Signs in as a person made by {@link #user}. */
    Api as(long userId) {
        return Api.signIn(email(userId), PASSWORD);
    }
}
