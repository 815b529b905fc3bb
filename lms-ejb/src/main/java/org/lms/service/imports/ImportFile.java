package org.lms.service.imports;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.lms.service.permissions.InvalidInput;

/**
 * Reads an import file: UTF-8 CSV with a header row naming the columns {@code email} (required),
 * {@code name}, {@code organization}, {@code role} and {@code status}, in any order and case.
 * Commas or semicolons (as spreadsheets in many countries write them) separate the cells.
 */
public final class ImportFile {

    public static final int MAX_BYTES = 50 * 1024 * 1024;
    public static final int MAX_ROWS = 200_000;
    static final int MAX_CELL = 1000;

    private ImportFile() {
    }

    public static List<ImportLine> parse(byte[] content) {
        if (content == null || content.length == 0) {
            throw InvalidInput.field("file", "import.empty");
        }
        if (content.length > MAX_BYTES) {
            throw InvalidInput.field("file", "import.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        String text = decode(content);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        char delimiter = delimiter(text);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).setAllowMissingColumnNames(true).build();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Map<String, Integer> columns = columns(parser.getHeaderMap());
            if (!columns.containsKey("email")) {
                throw InvalidInput.field("file", "import.noEmailColumn");
            }
            List<ImportLine> lines = new ArrayList<>();
            for (CSVRecord record : parser) {
                if (lines.size() == MAX_ROWS) {
                    throw InvalidInput.field("file", "import.tooManyRows", MAX_ROWS);
                }
                lines.add(new ImportLine(record.getRecordNumber() + 1, cell(record, columns, "email"), cell(record, columns, "name"),
                        cell(record, columns, "organization"), cell(record, columns, "role"), cell(record, columns, "status")));
            }
            return lines;
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            // Commons CSV reports broken quoting and duplicate headers this way.
            throw InvalidInput.field("file", "import.malformed", shorten(e.getMessage()));
        }
    }

    private static String decode(byte[] content) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            throw InvalidInput.field("file", "import.notUtf8");
        }
    }

    /** Semicolons when the header line has them and no commas; else commas. */
    static char delimiter(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        return header.indexOf(';') >= 0 && header.indexOf(',') < 0 ? ';' : ',';
    }

    private static Map<String, Integer> columns(Map<String, Integer> header) {
        Map<String, Integer> columns = new HashMap<>();
        header.forEach((name, index) -> {
            if (name != null) {
                columns.putIfAbsent(name.strip().toLowerCase(Locale.ROOT), index);
            }
        });
        return columns;
    }

    private static String cell(CSVRecord record, Map<String, Integer> columns, String column) {
        Integer index = columns.get(column);
        if (index == null || index >= record.size()) {
            return null;
        }
        String value = record.get(index);
        if (value == null || value.isBlank()) {
            return null;
        }
        return value.length() > MAX_CELL ? value.substring(0, MAX_CELL) : value.strip();
    }

    private static String shorten(String message) {
        String text = message == null ? "" : message;
        return text.length() > 200 ? text.substring(0, 200) + "…" : text;
    }
}
