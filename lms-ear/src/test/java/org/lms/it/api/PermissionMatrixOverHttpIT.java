package org.lms.it.api;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lms.domain.roles.BuiltInRole;
import org.lms.it.support.DemoUsers;
import org.lms.it.support.PermissionMatrixFile;
import org.lms.it.support.PermissionMatrixFile.Expected;
import org.lms.it.support.PermissionMatrixFile.Row;
import org.lms.it.support.RunningApplication;

/**
 * The permission data file replayed through the API: every cell an API call can express is
 * checked over HTTP as well (allow: 2xx and, for lists, the object listed; deny: 403
 * {@code forbidden}; not-found: 404; refuse: 403 {@code refused}, audited; hidden: 2xx without the
 * object). A call that did not succeed must change nothing the Administrator can read and write
 * nothing to the audit log as done.
 *
 * <p>The world is made through the API as the demo Administrator: "Api Matrix Home" with
 * "Api Matrix Home Sub" below it and "Api Matrix Other" beside it, one actor per built-in role in
 * Home; the Account Owner is the account's one Owner.
 */
@ExtendWith(RunningApplication.class)
class PermissionMatrixOverHttpIT {

    private static final Logger LOG = Logger.getLogger(PermissionMatrixOverHttpIT.class.getName());
    private static final Path FILE = Path.of("../docs/permissions.csv");

    private static ApiWorld fixtures;
    private static MatrixCells cells;
    private static Map<BuiltInRole, MatrixCells.Actor> actors;
    private static List<Row> rows;

    @BeforeAll
    static void world() throws IOException {
        try (InputStream in = Files.newInputStream(FILE)) {
            rows = PermissionMatrixFile.read(in);
        }
        fixtures = new ApiWorld();
        long matrix = fixtures.organization(fixtures.root(), "Api Matrix");
        long home = fixtures.organization(matrix, "Api Matrix Home");
        long homeSub = fixtures.organization(home, "Api Matrix Home Sub");
        long other = fixtures.organization(matrix, "Api Matrix Other");
        long owner = fixtures.admin.get("/users?roleKey=ACCOUNT_OWNER").expect(200).ids().get(0);
        actors = new EnumMap<>(BuiltInRole.class);
        for (BuiltInRole role : BuiltInRole.values()) {
            if (role == BuiltInRole.ACCOUNT_OWNER) {
                actors.put(role, new MatrixCells.Actor(role, owner, DemoUsers.OWNER, DemoUsers.OWNER_PASSWORD));
            } else {
                long id = fixtures.user(home, role.name());
                actors.put(role, new MatrixCells.Actor(role, id, fixtures.email(id), ApiWorld.PASSWORD));
            }
        }
        cells = new MatrixCells(fixtures, new MatrixCells.World(home, homeSub, other, owner));
    }

    @Test
    void everyRowIsReplayedOrNamedAsNotExpressible() {
        List<String> unmapped = new ArrayList<>();
        for (Row row : rows) {
            boolean permitAll = row.expectedFor(BuiltInRole.LEARNER) == Expected.PERMIT_ALL;
            boolean skipped = permitAll || MatrixCells.NOT_OVER_HTTP.contains(row.method())
                    || MatrixCells.TARGETS_NOT_OVER_HTTP.contains(row.target());
            if (!skipped && cells.prepare(row, actors.get(BuiltInRole.ADMINISTRATOR)) == null) {
                unmapped.add(row.toString());
            }
        }
        assertTrue(unmapped.isEmpty(), "rows neither replayed over HTTP nor named as not expressible: " + unmapped);
    }

    @Test
    void matrixAsLearner() {
        replay(BuiltInRole.LEARNER);
    }

    @Test
    void matrixAsReporter() {
        replay(BuiltInRole.REPORTER);
    }

    @Test
    void matrixAsInstructor() {
        replay(BuiltInRole.INSTRUCTOR);
    }

    @Test
    void matrixAsPublisher() {
        replay(BuiltInRole.PUBLISHER);
    }

    @Test
    void matrixAsOrganizationAdministrator() {
        replay(BuiltInRole.ORGANIZATION_ADMINISTRATOR);
    }

    @Test
    void matrixAsAdministrator() {
        replay(BuiltInRole.ADMINISTRATOR);
    }

    @Test
    void matrixAsAccountOwner() {
        replay(BuiltInRole.ACCOUNT_OWNER);
    }

    private void replay(BuiltInRole role) {
        MatrixCells.Actor actor = actors.get(role);
        Api api = Api.signIn(actor.email(), actor.password());
        List<String> failures = new ArrayList<>();
        int replayed = 0;
        for (Row row : rows) {
            Expected expected = row.expectedFor(role);
            if (expected == Expected.PERMIT_ALL || MatrixCells.NOT_OVER_HTTP.contains(row.method())) {
                continue;
            }
            MatrixCells.Cell cell;
            try {
                cell = cells.prepare(row, actor);
            } catch (RuntimeException | AssertionError e) {
                failures.add(row + ": could not prepare the cell: " + e.getMessage());
                continue;
            }
            if (cell == null) {
                continue;
            }
            replayed++;
            boolean checkState = !cell.read() && expected != Expected.ALLOW;
            String before = checkState ? cell.state().get() : null;
            long done = checkState ? auditEvents("DONE") : 0;
            long refused = expected == Expected.REFUSE ? auditEvents("REFUSED") : 0;

            ApiResponse response = cell.call().apply(api);
            String actual = outcome(response, cell);
            if (cell.changesOwnCredentials() && response.status() / 100 == 2) {
                // A new password ends the actor's tokens, as it should: sign in again for the next rows.
                api = Api.signIn(actor.email(), actor.password());
            }
            String where = row + " as " + role;
            if (!expected.name().equals(actual)) {
                failures.add(where + ": expected " + expected + " but was " + actual);
                continue;
            }
            if (checkState) {
                if (!before.equals(cell.state().get())) {
                    failures.add(where + ": answered " + actual + " but changed what the Administrator reads");
                }
                if (auditEvents("DONE") != done) {
                    failures.add(where + ": answered " + actual + " but audited a change");
                }
            }
            if (expected == Expected.REFUSE && auditEvents("REFUSED") <= refused) {
                failures.add(where + ": refused without an audit entry");
            }
        }
        int cellsReplayed = replayed;
        LOG.info(() -> role + ": " + cellsReplayed + " cells of the permission matrix replayed over HTTP, " + failures.size() + " wrong");
        assertTrue(replayed > 100, "the matrix was replayed: " + replayed + " cells");
        assertTrue(failures.isEmpty(), failures.size() + " of " + replayed + " cells differ over HTTP for " + role + ":\n"
                + String.join("\n", failures));
    }

    /** The outcome in the file's terms, or a description of an answer that has none. */
    private static String outcome(ApiResponse response, MatrixCells.Cell cell) {
        int status = response.status();
        if (status / 100 == 2) {
            return cell.listed() == null || cell.listed().test(response) ? Expected.ALLOW.name() : Expected.HIDDEN.name();
        }
        if (status == 404 && "not_found".equals(response.code())) {
            return Expected.NOT_FOUND.name();
        }
        if (status == 403 && "forbidden".equals(response.code())) {
            return Expected.DENY.name();
        }
        if (status == 403 && "refused".equals(response.code())) {
            return Expected.REFUSE.name();
        }
        return "HTTP " + status + " " + response.body();
    }

    private static long auditEvents(String outcome) {
        return fixtures.admin.get("/audit-events?size=1&outcome=" + outcome).expect(200).total();
    }
}
