package org.lms.it.container;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * Compares the learning tally with the enrollments it counts, row by row: every organization and
 * due date with its enrollments and finished ones. Rows of zeros in the tally are no difference.
 */
final class LearningTallyCheck {

    private LearningTallyCheck() {
    }

    /** What differs, one line per organization and due date; empty when the tally is right. */
    static List<String> differences(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            Map<String, String> truth = counts(connection, "SELECT u.ORGANIZATION_ID, COALESCE(e.DUE_ON, CAST('9999-12-31' AS DATE)),"
                    + " COUNT(*), SUM(CASE WHEN e.STATUS IN ('COMPLETED', 'PASSED', 'FAILED') THEN 1 ELSE 0 END)"
                    + " FROM ENROLLMENT e JOIN LMS_USER u ON u.ID = e.USER_ID GROUP BY u.ORGANIZATION_ID, e.DUE_ON");
            Map<String, String> tally = counts(connection, "SELECT ORGANIZATION_ID, DUE_ON, ENROLLED, FINISHED FROM LEARNING_TALLY"
                    + " WHERE ENROLLED <> 0 OR FINISHED <> 0");
            List<String> differences = new ArrayList<>();
            TreeMap<String, String> keys = new TreeMap<>(truth);
            keys.putAll(tally);
            for (String key : keys.keySet()) {
                if (!Objects.equals(truth.get(key), tally.get(key))) {
                    differences.add(key + ": enrollments " + truth.get(key) + ", tally " + tally.get(key));
                }
            }
            return differences;
        }
    }

    private static Map<String, String> counts(Connection connection, String sql) throws SQLException {
        Map<String, String> counts = new TreeMap<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                counts.put("organization " + rows.getLong(1) + " due " + rows.getDate(2),
                        rows.getLong(3) + " enrolled / " + rows.getLong(4) + " finished");
            }
        }
        return counts;
    }
}
