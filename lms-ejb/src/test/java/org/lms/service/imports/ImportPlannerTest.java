package org.lms.service.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lms.service.permissions.Reason;

class ImportPlannerTest {

    private static final long SALES = 10;
    private static final long LEARNER = 1;
    private static final long ADMINISTRATOR = 6;

    /** An importer in an account with Sales (in scope), a learner role they may grant and one they may not. */
    private static final class Account implements ImportPlanner.Lookups {
        final Map<String, ImportPlanner.Existing> people = new HashMap<>();
        long seats = Long.MAX_VALUE;

        @Override
        public Map<String, ImportPlanner.Existing> existing(List<String> emailKeys) {
            Map<String, ImportPlanner.Existing> found = new HashMap<>();
            emailKeys.forEach(key -> {
                if (people.containsKey(key)) {
                    found.put(key, people.get(key));
                }
            });
            return found;
        }

        @Override
        public Optional<Long> organization(String reference) {
            return reference.equalsIgnoreCase("Sales") ? Optional.of(SALES) : Optional.empty();
        }

        @Override
        public Optional<ImportPlanner.RoleRef> role(String reference) {
            return switch (reference) {
                case "LEARNER" -> Optional.of(defaultRole());
                case "ADMINISTRATOR" -> Optional.of(new ImportPlanner.RoleRef(ADMINISTRATOR, Optional.of(new Reason("rule.grantAbove"))));
                default -> Optional.empty();
            };
        }

        @Override
        public ImportPlanner.RoleRef defaultRole() {
            return new ImportPlanner.RoleRef(LEARNER, Optional.empty());
        }

        @Override
        public long seatsLeft() {
            return seats;
        }

        @Override
        public long importerId() {
            return 99;
        }
    }

    private static ImportLine line(long number, String email, String name, String organization, String role, String status) {
        return new ImportLine(number, email, name, organization, role, status);
    }

    @Test
    void createsNewPeopleAsLearnersByDefault() {
        PlannedRow row = ImportPlanner.plan(List.of(line(2, "Ann@Example.com", "Ann", "Sales", null, null)), new Account()).get(0);
        assertEquals(ImportAction.CREATE, row.action());
        assertEquals(LEARNER, row.roleId());
        assertEquals(SALES, row.organizationId());
    }

    @Test
    void explainsEachError() {
        Account account = new Account();
        List<PlannedRow> rows = ImportPlanner.plan(List.of(
                line(2, "not-an-email", "A", "Sales", null, null),
                line(3, "b@example.com", "B", "Nowhere", null, null),
                line(4, "c@example.com", "C", "Sales", "ADMINISTRATOR", null),
                line(5, "d@example.com", "D", "Sales", null, null),
                line(6, "D@EXAMPLE.COM", "D again", "Sales", null, null),
                line(7, "e@example.com", null, "Sales", null, null),
                line(8, "f@example.com", "F", "Sales", "Astronaut", null),
                line(9, "g@example.com", "G", "Sales", null, "retired")), account);
        assertEquals(List.of("import.emailInvalid", "import.organizationUnknown", "rule.grantAbove", "-", "import.duplicateInFile",
                "import.nameMissing", "import.roleUnknown", "import.statusInvalid"),
                rows.stream().map(r -> r.action() == ImportAction.ERROR ? r.details().get(0).key() : "-").toList());
        assertEquals(5L, rows.get(4).details().get(0).arguments()[0], "names the first line of the duplicate");
    }

    @Test
    void updatesOnlyWhatChangedAndLeavesTheRestAlone() {
        Account account = new Account();
        account.people.put("ann@example.com", new ImportPlanner.Existing(1, "Ann", SALES, LEARNER, true, true, Optional.empty()));
        account.people.put("bob@example.com", new ImportPlanner.Existing(2, "Bob", SALES, LEARNER, true, true, Optional.empty()));
        List<PlannedRow> rows = ImportPlanner.plan(List.of(
                line(2, "ann@example.com", "Ann", "Sales", "LEARNER", "active"),
                line(3, "bob@example.com", "Robert", null, null, null)), account);
        assertEquals(ImportAction.UNCHANGED, rows.get(0).action());
        assertEquals(ImportAction.UPDATE, rows.get(1).action());
        assertEquals("Robert", rows.get(1).name());
        assertNull(rows.get(1).organizationId());
    }

    @Test
    void neverTellsWhoOwnsAnAddressOutsideTheScope() {
        Account account = new Account();
        account.people.put("boss@example.com", new ImportPlanner.Existing(5, "Boss", 77, ADMINISTRATOR, true, false, Optional.empty()));
        PlannedRow row = ImportPlanner.plan(List.of(line(2, "boss@example.com", "Boss", "Sales", null, null)), account).get(0);
        assertEquals("import.emailUnavailable", row.details().get(0).key());
    }

    @Test
    void respectsManagementRulesAndTheImportersOwnAccount() {
        Account account = new Account();
        account.people.put("admin@example.com", new ImportPlanner.Existing(3, "Admin", SALES, ADMINISTRATOR, true, true,
                Optional.of(new Reason("rule.userAboveYou"))));
        account.people.put("me@example.com", new ImportPlanner.Existing(99, "Me", SALES, ADMINISTRATOR, true, true, Optional.empty()));
        List<PlannedRow> rows = ImportPlanner.plan(List.of(
                line(2, "admin@example.com", "Renamed", null, null, null),
                line(3, "me@example.com", null, null, "LEARNER", null),
                line(4, "me@example.com".replace("me", "me2"), "Me Two", "Sales", null, "deactivated")), account);
        assertEquals("rule.userAboveYou", rows.get(0).details().get(0).key());
        assertEquals("rule.notOwnRole", rows.get(1).details().get(0).key());
        assertEquals("import.createDeactivated", rows.get(2).details().get(0).key());
    }

    @Test
    void stopsCreatingAtTheSeatLimit() {
        Account account = new Account();
        account.seats = 1;
        List<PlannedRow> rows = ImportPlanner.plan(List.of(
                line(2, "a@example.com", "A", "Sales", null, null),
                line(3, "b@example.com", "B", "Sales", null, null)), account);
        assertEquals(ImportAction.CREATE, rows.get(0).action());
        assertEquals("import.seatLimit", rows.get(1).details().get(0).key());
    }

    @Test
    void countsDeactivationsForTheConfirmation() {
        Account account = new Account();
        account.people.put("ann@example.com", new ImportPlanner.Existing(1, "Ann", SALES, LEARNER, true, true, Optional.empty()));
        ImportPlan plan = ImportPlan.of(ImportPlanner.plan(List.of(line(2, "ann@example.com", null, null, null, "deactivated")),
                account), 4);
        assertEquals(5, plan.deactivations());
        assertEquals(1, plan.count(ImportAction.UPDATE));
    }
}
