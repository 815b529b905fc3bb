package org.lms.web.export;

import jakarta.ejb.EJBException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes a list to CSV or XLSX, page after page as a service hands them out, so an export of any
 * size holds one page in memory (XLSX: POI's streaming workbook keeps a window of rows and spills
 * the rest to a temporary file). Each column has a header and a value per row: text, a
 * {@link LocalDateTime} (written as a date in both formats) or null.
 *
 * @param <R> the rows the service pages through
 */
public final class TableExport<R> {

    /** Rows fetched per page while exporting. */
    public static final int PAGE_SIZE = 200;
    /** Rows the XLSX writer keeps in memory before flushing them to its temporary file. */
    private static final int XLSX_WINDOW = 100;
    /** The most rows a sheet of an XLSX workbook may hold. */
    static final int XLSX_ROWS_PER_SHEET = SpreadsheetVersion.EXCEL2007.getMaxRows();
    private static final int MAX_SHEET_NAME = 31;
    private static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public enum Format {
        CSV("text/csv;charset=UTF-8", "csv"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

        private final String contentType;
        private final String extension;

        Format(String contentType, String extension) {
            this.contentType = contentType;
            this.extension = extension;
        }

        public String contentType() {
            return contentType;
        }

        /** The file name offered for a download: {@code fileName("users")} is "users.csv". */
        public String fileName(String baseName) {
            return baseName + "." + extension;
        }

        /** The format a request names ("csv", "xlsx", any case), if it names one. */
        public static Optional<Format> parse(String name) {
            if (name == null) {
                return Optional.empty();
            }
            try {
                return Optional.of(valueOf(name.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException unknown) {
                return Optional.empty();
            }
        }
    }

    /** Hands out the rows of the export a page at a time; an empty or short page is the last. */
    @FunctionalInterface
    public interface Pages<R> {
        List<R> page(int first, int size);
    }

    /**
     * Hands every row of the export, in order, to a consumer a chunk at a time: a service reading
     * one database cursor, for lists too long to page through with offsets.
     */
    @FunctionalInterface
    public interface Rows<R> {
        void read(Consumer<List<R>> chunks);

        /** The rows of {@code pages}, {@link #PAGE_SIZE} at a time until a short page. */
        static <R> Rows<R> paged(Pages<R> pages) {
            return chunks -> {
                for (int first = 0;; first += PAGE_SIZE) {
                    List<R> page = pages.page(first, PAGE_SIZE);
                    chunks.accept(page);
                    if (page.size() < PAGE_SIZE) {
                        return;
                    }
                }
            };
        }
    }

    /**
     * Told how many rows each page brought, after the rows before it were written: a background
     * export counts its progress here, and stops the export by throwing (a cancelled job).
     */
    @FunctionalInterface
    public interface PageListener {
        void read(int rows);
    }

    /** A column: its header in the reader's language, and its value in a row. */
    public record Column<R>(String header, Function<R, ?> value) {
    }

    private final String sheetName;
    private final List<Column<R>> columns;
    private final int rowsPerSheet;

    public TableExport(String sheetName, List<Column<R>> columns) {
        this(sheetName, columns, XLSX_ROWS_PER_SHEET);
    }

    /** An export whose XLSX sheets hold {@code rowsPerSheet} rows each, the header included. */
    TableExport(String sheetName, List<Column<R>> columns, int rowsPerSheet) {
        if (rowsPerSheet < 2 || rowsPerSheet > XLSX_ROWS_PER_SHEET) {
            throw new IllegalArgumentException("rows per sheet: " + rowsPerSheet);
        }
        this.sheetName = sheetName;
        this.columns = List.copyOf(columns);
        this.rowsPerSheet = rowsPerSheet;
    }

    public void write(Format format, Pages<R> pages, OutputStream out) throws IOException {
        write(format, Rows.paged(pages), out, rows -> { });
    }

    public void write(Format format, Rows<R> rows, OutputStream out, PageListener listener) throws IOException {
        ChunkWriter<R> writer = format == Format.CSV ? new CsvWriter(out) : new XlsxWriter(rowsPerSheet);
        try {
            try {
                rows.read(chunk -> {
                    listener.read(chunk.size());
                    writer.write(chunk);
                });
            } catch (EJBException e) {
                // A service that reads the rows wraps what the writing or the listener threw.
                throw unwrapped(e);
            }
            writer.finish(out);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } finally {
            writer.close();
        }
    }

    private static RuntimeException unwrapped(EJBException e) {
        Throwable cause = e.getCause();
        if (cause instanceof CancellationException || cause instanceof UncheckedIOException) {
            return (RuntimeException) cause;
        }
        return e;
    }

    /** Writes chunks of rows as they come, then the end of the file. */
    private interface ChunkWriter<R> {
        void write(List<R> rows);

        void finish(OutputStream out) throws IOException;

        default void close() throws IOException {
        }
    }

    private final class CsvWriter implements ChunkWriter<R> {

        private final Writer writer;
        private final CSVPrinter csv;

        CsvWriter(OutputStream out) throws IOException {
            writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            // A byte order mark lets spreadsheet programs read the file as UTF-8.
            writer.write('\ufeff');
            csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get());
            csv.printRecord(headers());
        }

        @Override
        public void write(List<R> rows) {
            try {
                for (R row : rows) {
                    List<String> record = new ArrayList<>(columns.size());
                    for (Column<R> column : columns) {
                        Object value = column.value().apply(row);
                        record.add(value instanceof LocalDateTime time ? CSV_TIME.format(time) : neutralized(value));
                    }
                    csv.printRecord(record);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void finish(OutputStream out) throws IOException {
            csv.flush();
        }
    }

    /**
     * A sheet holds at most {@link #XLSX_ROWS_PER_SHEET} rows (the header included), so a longer
     * export goes on in a second sheet, named like the first with its number, with the header
     * again: every row reaches the file, and each sheet reads on its own.
     */
    private final class XlsxWriter implements ChunkWriter<R> {

        private final SXSSFWorkbook workbook = new SXSSFWorkbook(XLSX_WINDOW);
        private final CellStyle dateStyle;
        private final int rowsPerSheet;
        private SXSSFSheet sheet;
        private int rowIndex;

        XlsxWriter(int rowsPerSheet) {
            this.rowsPerSheet = rowsPerSheet;
            dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
            startSheet();
        }

        private void startSheet() {
            int number = workbook.getNumberOfSheets() + 1;
            sheet = workbook.createSheet(number == 1 ? sheetName : continuedSheetName(sheetName, number));
            rowIndex = 0;
            Row header = sheet.createRow(rowIndex++);
            List<String> headers = headers();
            for (int i = 0; i < headers.size(); i++) {
                header.createCell(i).setCellValue(headers.get(i));
            }
        }

        @Override
        public void write(List<R> rows) {
            for (R item : rows) {
                if (rowIndex == rowsPerSheet) {
                    startSheet();
                }
                Row row = sheet.createRow(rowIndex++);
                for (int i = 0; i < columns.size(); i++) {
                    Object value = columns.get(i).value().apply(item);
                    if (value instanceof LocalDateTime time) {
                        row.createCell(i).setCellValue(time);
                        row.getCell(i).setCellStyle(dateStyle);
                    } else if (value != null) {
                        // Text cells, never formulas: a name like "=1+1" stays text.
                        row.createCell(i).setCellValue(value.toString());
                    }
                }
            }
        }

        @Override
        public void finish(OutputStream out) throws IOException {
            workbook.write(out);
        }

        @Override
        public void close() throws IOException {
            workbook.close();
        }
    }

    /**
     * "Enrollments (2)": the name of the {@code number}th sheet, its base shortened when needed to
     * the 31 characters a sheet name may have.
     */
    static String continuedSheetName(String base, int number) {
        String suffix = " (" + number + ")";
        return base.substring(0, Math.min(base.length(), MAX_SHEET_NAME - suffix.length())) + suffix;
    }

    private List<String> headers() {
        return columns.stream().map(Column::header).toList();
    }

    /**
     * Text a spreadsheet would take for a formula (=, +, -, @ and the control characters that
     * start one) gets a leading apostrophe, so opening the CSV never runs what someone typed.
     */
    public static String neutralized(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
