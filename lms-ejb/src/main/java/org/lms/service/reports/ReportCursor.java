package org.lms.service.reports;

import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.eclipse.persistence.config.HintValues;
import org.eclipse.persistence.config.QueryHints;
import org.eclipse.persistence.queries.CursoredStream;

/**
 * Reads a report query forward through one database cursor and hands its rows on a chunk at a
 * time, for exports of any size. Paging an export with OFFSET makes the database sort and skip
 * everything before each page again, which grows with the square of the rows (a million rows are
 * five thousand pages); the cursor runs the query once and holds one chunk in memory.
 */
final class ReportCursor {

    /** Rows read from the database and handed on together. */
    static final int CHUNK = 500;

    private ReportCursor() {
    }

    /**
     * Runs {@code query} (scalar columns, so nothing enters the persistence context) and gives
     * {@code sink} its rows in order, made by {@code row}. Whatever {@code sink} throws ends the
     * read and closes the cursor.
     */
    static <R> void stream(Query query, Function<Object[], R> row, Consumer<List<R>> sink) {
        query.setHint(QueryHints.CURSOR, HintValues.TRUE);
        query.setHint(QueryHints.CURSOR_PAGE_SIZE, CHUNK);
        query.setHint(QueryHints.JDBC_FETCH_SIZE, CHUNK);
        CursoredStream cursor = (CursoredStream) query.getSingleResult();
        try {
            while (cursor.hasNext()) {
                List<Object> read = cursor.next(CHUNK);
                // The stream keeps what it has read until told to let it go.
                cursor.releasePrevious();
                List<R> rows = new ArrayList<>(read.size());
                for (Object columns : read) {
                    rows.add(row.apply((Object[]) columns));
                }
                sink.accept(rows);
            }
        } finally {
            cursor.close();
        }
    }
}
