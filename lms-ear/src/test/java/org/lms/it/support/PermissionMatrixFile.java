package org.lms.it.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.lms.domain.roles.BuiltInRole;

/**
 * docs/permissions.csv: for every public service operation and target, what each built-in role
 * gets. The container test runs every cell; a unit test checks every public EJB method has rows.
 */
public final class PermissionMatrixFile {

    public enum Expected {
        ALLOW, DENY, NOT_FOUND, REFUSE, HIDDEN, PERMIT_ALL;

        static Expected parse(String text) {
            return valueOf(text.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        }
    }

    /** One line: an operation ("Service.method" or "Service.method[variant]") on a target. */
    public record Row(int line, String operation, String target, Expected[] expected, String table1, String note) {

        public Expected expectedFor(BuiltInRole role) {
            return expected[COLUMNS.indexOf(role)];
        }

        /** "Service.method" without the variant. */
        public String method() {
            int bracket = operation.indexOf('[');
            return bracket < 0 ? operation : operation.substring(0, bracket);
        }

        public String variant() {
            int bracket = operation.indexOf('[');
            return bracket < 0 ? null : operation.substring(bracket + 1, operation.length() - 1);
        }

        @Override
        public String toString() {
            return operation + " @" + target + " (line " + line + ")";
        }
    }

    /** The role columns, in file order. */
    public static final List<BuiltInRole> COLUMNS = List.of(BuiltInRole.LEARNER, BuiltInRole.REPORTER,
            BuiltInRole.INSTRUCTOR, BuiltInRole.PUBLISHER, BuiltInRole.ORGANIZATION_ADMINISTRATOR,
            BuiltInRole.ADMINISTRATOR, BuiltInRole.ACCOUNT_OWNER);

    private PermissionMatrixFile() {
    }

    public static List<Row> read(InputStream in) throws IOException {
        List<Row> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String header = null;
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split(",", -1);
                if (header == null) {
                    header = line;
                    List<String> expectedHeader = new ArrayList<>(List.of("operation", "target"));
                    COLUMNS.forEach(role -> expectedHeader.add(role.name()));
                    expectedHeader.addAll(List.of("table1", "note"));
                    if (!Arrays.asList(cells).equals(expectedHeader)) {
                        throw new IllegalArgumentException("line " + number + ": header must be " + expectedHeader);
                    }
                    continue;
                }
                if (cells.length != COLUMNS.size() + 4) {
                    throw new IllegalArgumentException("line " + number + ": expected " + (COLUMNS.size() + 4) + " cells: " + line);
                }
                Expected[] expected = new Expected[COLUMNS.size()];
                for (int i = 0; i < expected.length; i++) {
                    expected[i] = Expected.parse(cells[2 + i]);
                }
                rows.add(new Row(number, cells[0].strip(), cells[1].strip(), expected, cells[2 + COLUMNS.size()].strip(),
                        cells[3 + COLUMNS.size()].strip()));
            }
        }
        return rows;
    }
}
