package org.lms.it.permissions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateful;
import jakarta.ejb.Stateless;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lms.it.support.PermissionMatrixFile;
import org.lms.it.support.PermissionMatrixFile.Expected;
import org.lms.it.support.PermissionMatrixFile.Row;
import org.lms.domain.roles.BuiltInRole;

/** The permission data file and the services agree: every public EJB method has rows, and every row a method. */
class PermissionFileCoversEveryOperationTest {

    private static final Path FILE = Path.of("../docs/permissions.csv");
    private static final Set<String> TARGETS = Set.of("same", "sub", "other", "admin", "owner", "self", "own", "learning",
            "cross", "out", "home", "assigned", "assigned-draft", "none");
    /** Table 1's permissions, as the table1 column names them. */
    private static final Set<String> TABLE_1 = Set.of("Change personal settings", "View content", "Access reports",
            "Publish manage and delete content", "Manage users", "Manage groups", "Manage publishers and administrators",
            "Change account settings", "Account membership");

    private static List<Row> rows;
    private static Set<String> operations;

    @BeforeAll
    static void read() throws IOException {
        try (InputStream in = Files.newInputStream(FILE)) {
            rows = PermissionMatrixFile.read(in);
        }
        JavaClasses services = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.lms.service");
        operations = new TreeSet<>();
        for (JavaClass service : services) {
            if (service.isAnnotatedWith(Stateless.class) || service.isAnnotatedWith(Singleton.class)
                    || service.isAnnotatedWith(Stateful.class)) {
                for (JavaMethod method : service.getMethods()) {
                    if (method.getModifiers().contains(JavaModifier.PUBLIC) && !method.getModifiers().contains(JavaModifier.STATIC)) {
                        operations.add(service.getSimpleName() + "." + method.getName());
                    }
                }
            }
        }
    }

    @Test
    void theServicesWereFound() {
        assertTrue(operations.contains("UserAdministration.assignRole"), operations.toString());
    }

    @Test
    void everyPublicEjbMethodHasARow() {
        Set<String> covered = rows.stream().map(Row::method).collect(Collectors.toSet());
        Set<String> missing = new TreeSet<>(operations);
        missing.removeAll(covered);
        assertTrue(missing.isEmpty(), "public EJB methods without a row in " + FILE + ": " + missing);
    }

    @Test
    void everyRowNamesAnExistingMethod() {
        Set<String> unknown = rows.stream().map(Row::method).filter(m -> !operations.contains(m))
                .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(unknown.isEmpty(), "rows for methods that do not exist: " + unknown);
    }

    @Test
    void everyRowHasAKnownTargetAndIsUnique() {
        Set<String> seen = new TreeSet<>();
        for (Row row : rows) {
            assertTrue(TARGETS.contains(row.target()), row + ": unknown target " + row.target());
            assertTrue(seen.add(row.operation() + "@" + row.target()), row + " appears twice");
        }
    }

    /** An operation on objects of an organization is checked in the actor's, one below it and another branch. */
    @Test
    void scopedOperationsAreCheckedInTheSameTheSubAndAnotherOrganization() {
        Set<String> scopedMethods = rows.stream().filter(r -> Set.of("same", "sub", "other").contains(r.target()))
                .map(Row::method).collect(Collectors.toSet());
        for (String method : scopedMethods) {
            for (String target : List.of("same", "sub", "other")) {
                assertTrue(rows.stream().anyMatch(r -> r.method().equals(method) && r.target().equals(target)),
                        method + " has no row for target " + target);
            }
        }
    }

    @Test
    void everyCellOfTable1IsTraceableToRows() {
        for (String permission : TABLE_1) {
            List<Row> evidence = rows.stream().filter(r -> r.table1().equals(permission)).toList();
            assertFalse(evidence.isEmpty(), "no rows for Table 1's '" + permission + "'");
            for (var role : List.of(BuiltInRole.LEARNER, BuiltInRole.PUBLISHER,
                    BuiltInRole.ORGANIZATION_ADMINISTRATOR, BuiltInRole.ADMINISTRATOR,
                    BuiltInRole.ACCOUNT_OWNER)) {
                assertTrue(evidence.stream().anyMatch(r -> r.expectedFor(role) != Expected.PERMIT_ALL),
                        "Table 1's '" + permission + "' has no cell for " + role);
            }
        }
        assertEquals(45, TABLE_1.size() * 5, "Table 1 has nine permissions for five roles");
    }

    @Test
    void table1sYesAndNoCellsHoldInTheFile() {
        // A "no" in Table 1 must never be an allow for that role; a "yes" must allow it somewhere.
        assertNeverAllowed("Manage users", BuiltInRole.LEARNER, BuiltInRole.PUBLISHER);
        assertNeverAllowed("Manage groups", BuiltInRole.LEARNER, BuiltInRole.PUBLISHER);
        assertNeverAllowed("Manage publishers and administrators", BuiltInRole.LEARNER,
                BuiltInRole.PUBLISHER);
        assertNeverAllowed("Change account settings", BuiltInRole.LEARNER,
                BuiltInRole.PUBLISHER, BuiltInRole.ORGANIZATION_ADMINISTRATOR);
        assertNeverAllowed("Account membership", BuiltInRole.LEARNER, BuiltInRole.PUBLISHER,
                BuiltInRole.ORGANIZATION_ADMINISTRATOR, BuiltInRole.ADMINISTRATOR);
        assertNeverAllowed("Publish manage and delete content", BuiltInRole.LEARNER);
        for (String permission : TABLE_1) {
            assertTrue(rows.stream().anyMatch(r -> r.table1().equals(permission)
                    && r.expectedFor(BuiltInRole.ACCOUNT_OWNER) == Expected.ALLOW),
                    "the Account Owner may do '" + permission + "'");
        }
    }

    private static void assertNeverAllowed(String permission, BuiltInRole... roles) {
        for (Row row : rows) {
            if (row.table1().equals(permission)) {
                for (var role : roles) {
                    assertFalse(row.expectedFor(role) == Expected.ALLOW, row + " allows " + role + ", but Table 1 says no");
                }
            }
        }
    }
}
