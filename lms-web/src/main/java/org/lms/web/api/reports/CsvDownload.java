package org.lms.web.api.reports;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.util.List;
import org.lms.web.export.TableExport;

/**
 * A report as a CSV file, written by the lists' own exporter: the same scoped service query as the
 * JSON answer, read page after page or (long lists) through one cursor, straight to the response,
 * so no report is ever held whole.
 * The columns are named as the JSON fields are.
 */
final class CsvDownload {

    static final String MEDIA_TYPE = "text/csv;charset=UTF-8";

    private CsvDownload() {
    }

    static <R> Response of(String fileName, List<TableExport.Column<R>> columns, TableExport.Pages<R> pages) {
        return of(fileName, columns, TableExport.Rows.paged(pages));
    }

    /** The rows handed out by a service's export, read from one database cursor. */
    static <R> Response of(String fileName, List<TableExport.Column<R>> columns, TableExport.Rows<R> rows) {
        TableExport<R> table = new TableExport<>(fileName, columns);
        StreamingOutput body = out -> table.write(TableExport.Format.CSV, rows, out, read -> { });
        return Response.ok(body, MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename=\"" + TableExport.Format.CSV.fileName(fileName) + "\"")
                .header("Cache-Control", "no-store").build();
    }

    static <R> TableExport.Column<R> column(String header, java.util.function.Function<R, ?> value) {
        return new TableExport.Column<>(header, value);
    }
}
