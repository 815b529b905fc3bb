package org.lms.web.users;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.ResourceBundle;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.lms.service.users.UserColumn;
import org.lms.service.users.UserRow;

/**
 * Writes the user list to CSV or XLSX, page after page as the service hands them out, so an
 * export of any size holds one page in memory (XLSX: POI's streaming workbook keeps a window of
 * rows and spills the rest to a temporary file). Only the columns given are written: the service
 * decides which the viewer may see.
 */
public final class UserExport {

    /** Rows fetched per page while exporting. */
    public static final int PAGE_SIZE = 200;
    /** Rows the XLSX writer keeps in memory before flushing them to its temporary file. */
    private static final int XLSX_WINDOW = 100;
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

        public String fileName() {
            return "users." + extension;
        }
    }

    /** Hands out the rows of the export a page at a time; an empty or short page is the last. */
    @FunctionalInterface
    public interface Pages {
        List<UserRow> page(int first, int size);
    }

    private final List<UserColumn> columns;
    private final ResourceBundle texts;
    private final ZoneId zone;

    /** {@code texts}: the portal's bundle in the reader's language; {@code zone}: their time zone. */
    public UserExport(List<UserColumn> columns, ResourceBundle texts, ZoneId zone) {
        this.columns = List.copyOf(columns);
        this.texts = texts;
        this.zone = zone;
    }

    public void write(Format format, Pages pages, OutputStream out) throws IOException {
        if (format == Format.CSV) {
            writeCsv(pages, out);
        } else {
            writeXlsx(pages, out);
        }
    }

    private void writeCsv(Pages pages, OutputStream out) throws IOException {
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        // A byte order mark lets spreadsheet programs read the file as UTF-8.
        writer.write('\ufeff');
        CSVPrinter csv = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get());
        csv.printRecord(headers());
        for (int first = 0;; first += PAGE_SIZE) {
            List<UserRow> rows = pages.page(first, PAGE_SIZE);
            for (UserRow row : rows) {
                List<String> record = new ArrayList<>(columns.size());
                for (UserColumn column : columns) {
                    Object value = value(row, column);
                    record.add(value instanceof LocalDateTime time ? CSV_TIME.format(time) : neutralized(value));
                }
                csv.printRecord(record);
            }
            if (rows.size() < PAGE_SIZE) {
                break;
            }
        }
        csv.flush();
    }

    private void writeXlsx(Pages pages, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(XLSX_WINDOW);
        try {
            SXSSFSheet sheet = workbook.createSheet(texts.getString("users.title"));
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
            Row header = sheet.createRow(0);
            List<String> headers = headers();
            for (int i = 0; i < headers.size(); i++) {
                header.createCell(i).setCellValue(headers.get(i));
            }
            int rowIndex = 1;
            for (int first = 0;; first += PAGE_SIZE) {
                List<UserRow> rows = pages.page(first, PAGE_SIZE);
                for (UserRow user : rows) {
                    Row row = sheet.createRow(rowIndex++);
                    for (int i = 0; i < columns.size(); i++) {
                        Object value = value(user, columns.get(i));
                        if (value instanceof LocalDateTime time) {
                            row.createCell(i).setCellValue(time);
                            row.getCell(i).setCellStyle(dateStyle);
                        } else if (value != null) {
                            // Text cells, never formulas: a name like "=1+1" stays text.
                            row.createCell(i).setCellValue(value.toString());
                        }
                    }
                }
                if (rows.size() < PAGE_SIZE) {
                    break;
                }
            }
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }

    private List<String> headers() {
        return columns.stream().map(column -> texts.getString(column.labelKey())).toList();
    }

    private Object value(UserRow row, UserColumn column) {
        return switch (column) {
            case NAME -> row.name();
            case EMAIL -> row.email();
            case ORGANIZATION -> row.organizationName();
            case ROLE -> row.roleKey() != null ? texts.getString(row.roleKey().labelKey()) : row.roleName();
            case STATUS -> texts.getString(row.status().labelKey());
            case LAST_SIGN_IN -> localTime(row.lastSignInAt());
        };
    }

    private LocalDateTime localTime(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, zone);
    }

    /**
     * Text a spreadsheet would take for a formula (=, +, -, @ and the control characters that
     * start one) gets a leading apostrophe, so opening the CSV never runs what someone typed.
     */
    static String neutralized(Object value) {
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
