package org.lms.service.demo;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Ids drawn from the tables' sequences the way the persistence provider draws them: one sequence
 * value stands for the block of 50 ids ending with it, so the application's own inserts never
 * collide with generated rows.
 */
public final class SequenceIds implements LearningGenerator.Ids {

    private final Connection connection;
    private final Map<String, Long> blocks = new HashMap<>();
    private final Map<String, Long> next = new HashMap<>();

    public SequenceIds(Connection connection) {
        this.connection = connection;
    }

    @Override
    public long next(String sequence) throws SQLException {
        long value = next.getOrDefault(sequence, 0L);
        long blockEnd = blocks.getOrDefault(sequence, -1L);
        if (value == 0 || value > blockEnd) {
            try (Statement statement = connection.createStatement();
                 ResultSet rs = statement.executeQuery(nextValueSql(sequence))) {
                rs.next();
                blockEnd = rs.getLong(1);
            }
            value = blockEnd - 49;
            blocks.put(sequence, blockEnd);
        }
        next.put(sequence, value + 1);
        return value;
    }

    private String nextValueSql(String sequence) throws SQLException {
        String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        return product.contains("postgres") ? "SELECT nextval('" + sequence.toLowerCase(Locale.ROOT) + "')"
                : "VALUES (NEXT VALUE FOR " + sequence + ")";
    }
}
