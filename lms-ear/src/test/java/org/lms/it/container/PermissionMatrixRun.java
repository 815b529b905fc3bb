package org.lms.it.container;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.lms.domain.audit.AuditOutcome;
import org.lms.domain.roles.BuiltInRole;
import org.lms.it.support.PermissionMatrixFile.Expected;
import org.lms.it.support.PermissionMatrixFile.Row;
import org.lms.service.permissions.InvalidInput;
import org.lms.service.permissions.NotFound;
import org.lms.service.permissions.Refusal;

/**
 * Test-only: runs one role's column of the permission matrix against the real services and
 * collects every cell whose outcome differs from the file, or whose refusal changed something or
 * was not audited.
 */
final class PermissionMatrixRun {

    /**
     * Reads that may refuse without an audit entry: nothing was attempted to be changed (a preview
     * of a role change says what the change would meet; the change itself is audited).
     */
    private static final List<String> UNAUDITED_REFUSALS = List.of("ReportService.organizationSummary",
            "ReportService.organizationChildren", "ReportService.countOrganizationChildren", "CourseProgressReport.page",
            "CourseProgressReport.count", "UserProgressReport.page", "UserProgressReport.count", "GroupProgressReport.page",
            "GroupProgressReport.count", "OverdueReport.page", "OverdueReport.count", "ReportCourses.page",
            "ProgressOverTimeReport.months", "EnrollmentDetailReport.page", "EnrollmentDetailReport.count",
            "RoleAdministration.previewChange");

    private final MatrixWorld world;
    private final MatrixOperations operations;
    private final List<String> failures = new ArrayList<>();
    private int cells;

    PermissionMatrixRun(MatrixWorld world, MatrixOperations operations) {
        this.world = world;
        this.operations = operations;
    }

    List<String> run(BuiltInRole role, MatrixOperations.Actor actor, MatrixWorld.World w, List<Row> rows) {
        for (Row row : rows) {
            Expected expected = row.expectedFor(role);
            if (expected == Expected.PERMIT_ALL) {
                checkPermitAll(row);
                continue;
            }
            cells++;
            MatrixOperations.Prepared prepared;
            try {
                prepared = operations.prepare(row, actor, w);
            } catch (RuntimeException e) {
                failures.add(row + ": could not prepare the cell: " + e);
                continue;
            }
            String before = world.fingerprint();
            long done = world.auditEvents(AuditOutcome.DONE);
            long refused = world.auditEvents(AuditOutcome.REFUSED);
            String actual = outcome(prepared);
            try {
                check(row, role, expected, actual, before, done, refused);
            } finally {
                prepared.cleanup().run();
            }
        }
        return failures;
    }

    int cells() {
        return cells;
    }

    private void check(Row row, BuiltInRole role, Expected expected, String actual, String before, long done, long refused) {
        String cell = row + " as " + role;
        if (!expected.name().equals(actual)) {
            failures.add(cell + ": expected " + expected + " but was " + actual);
            return;
        }
        if (expected == Expected.ALLOW) {
            return;
        }
        if (!before.equals(world.fingerprint())) {
            failures.add(cell + ": answered " + actual + " but changed the database");
        }
        if (world.auditEvents(AuditOutcome.DONE) != done) {
            failures.add(cell + ": answered " + actual + " but audited a change");
        }
        if (expected == Expected.REFUSE && !UNAUDITED_REFUSALS.contains(row.method())
                && world.auditEvents(AuditOutcome.REFUSED) <= refused) {
            failures.add(cell + ": refused without an audit entry");
        }
    }

    private static String outcome(MatrixOperations.Prepared prepared) {
        try {
            Object result = prepared.call().call();
            return Boolean.FALSE.equals(result) ? Expected.HIDDEN.name() : Expected.ALLOW.name();
        } catch (java.util.concurrent.ExecutionException e) {
            // An asynchronous EJB method reports its refusal through its future.
            return e.getCause() instanceof Exception cause ? outcome(new MatrixOperations.Prepared(() -> {
                throw cause;
            }, () -> { })) : "ERROR (" + e + ")";
        } catch (EJBAccessException e) {
            return Expected.DENY.name();
        } catch (NotFound e) {
            return Expected.NOT_FOUND.name();
        } catch (Refusal e) {
            return Expected.REFUSE.name();
        } catch (InvalidInput e) {
            return "INVALID_INPUT (" + e.getMessage() + ")";
        } catch (EJBException e) {
            return "ERROR (" + rootCause(e) + ")";
        } catch (Exception e) {
            return "ERROR (" + e + ")";
        }
    }

    private void checkPermitAll(Row row) {
        String[] parts = row.method().split("\\.");
        try {
            Class<?> service = Class.forName(servicePackage(parts[0]) + "." + parts[0]);
            boolean classWide = service.isAnnotationPresent(PermitAll.class);
            List<Method> methods = Arrays.stream(service.getMethods()).filter(m -> m.getName().equals(parts[1])).toList();
            if (methods.isEmpty() || methods.stream().anyMatch(m -> !classWide && !m.isAnnotationPresent(PermitAll.class))) {
                failures.add(row + ": marked permit-all but is not @PermitAll");
            }
        } catch (ClassNotFoundException e) {
            failures.add(row + ": no such service");
        }
    }

    private static String servicePackage(String simpleName) {
        return switch (simpleName) {
            case "AuditLog" -> "org.lms.service.audit";
            case "SelfRegistration" -> "org.lms.service.users";
            case "AccountBranding" -> "org.lms.service.account";
            default -> "org.lms.service.security";
        };
    }

    private static String rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.toString();
    }
}
