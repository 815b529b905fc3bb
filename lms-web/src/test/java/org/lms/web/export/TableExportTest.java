package org.lms.web.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class TableExportTest {

    private record Item(String name, LocalDateTime when) {
    }

    private static final TableExport<Item> EXPORT = new TableExport<>("Items", List.of(
            new TableExport.Column<>("Name", Item::name),
            new TableExport.Column<>("When", Item::when)));

    @Test
    void csvPagesThroughTheRowsUntilAShortPage() throws IOException {
        List<Item> all = IntStream.range(0, TableExport.PAGE_SIZE * 2).mapToObj(i -> new Item("Item " + i, null)).toList();
        List<Integer> asked = new ArrayList<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        EXPORT.write(TableExport.Format.CSV, (first, size) -> {
            asked.add(first);
            return all.subList(Math.min(first, all.size()), Math.min(first + size, all.size()));
        }, out);

        String[] lines = out.toString(StandardCharsets.UTF_8).split("\r\n");
        assertEquals("\ufeffName,When", lines[0]);
        assertEquals("Item 0,", lines[1]);
        assertEquals(all.size() + 1, lines.length);
        assertEquals(List.of(0, TableExport.PAGE_SIZE, 2 * TableExport.PAGE_SIZE), asked,
                "a full last page is followed by one more, empty request");
    }

    @Test
    void rowsHandedOutInChunksAreWrittenInOrderAndCountedBeforeEachChunk() throws IOException {
        List<String> events = new ArrayList<>();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        EXPORT.write(TableExport.Format.CSV, chunks -> {
            chunks.accept(List.of(new Item("a", null), new Item("b", null)));
            events.add("after first chunk");
            chunks.accept(List.of(new Item("c", null)));
        }, out, rows -> events.add("read " + rows));

        assertEquals("\ufeffName,When\r\na,\r\nb,\r\nc,\r\n", out.toString(StandardCharsets.UTF_8));
        assertEquals(List.of("read 2", "after first chunk", "read 1"), events);
    }

    @Test
    void aCancellationThrownThroughAServiceEndsTheExportAsACancellation() {
        // A service reading a cursor hands the listener's cancellation back wrapped as a system exception.
        TableExport.Rows<Item> throughService = chunks -> {
            try {
                chunks.accept(List.of(new Item("a", null)));
            } catch (RuntimeException e) {
                throw new EJBException(e);
            }
        };
        assertThrows(CancellationException.class, () -> EXPORT.write(TableExport.Format.XLSX, throughService,
                new ByteArrayOutputStream(), rows -> {
                    throw new CancellationException("cancelled");
                }));
    }

    @Test
    void aBrokenConnectionThrownThroughAServiceIsAnInputOutputError() {
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("connection reset");
            }
        };
        TableExport.Rows<Item> throughService = chunks -> {
            try {
                for (int i = 0; i < 100; i++) {
                    chunks.accept(IntStream.range(0, 1000).mapToObj(n -> new Item("Item " + n, null)).toList());
                }
            } catch (RuntimeException e) {
                throw new EJBException(e);
            }
        };
        IOException thrown = assertThrows(IOException.class, () -> EXPORT.write(TableExport.Format.CSV, throughService, broken,
                rows -> { }));
        assertEquals("connection reset", thrown.getMessage());
    }

    @Test
    void csvQuotesWhatNeedsQuotingAndWritesTimesToTheMinute() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EXPORT.write(TableExport.Format.CSV, (first, size) -> first == 0
                ? List.of(new Item("A, \"B\"\nC", LocalDateTime.of(2026, 5, 4, 3, 2, 1))) : List.of(), out);
        assertEquals("\ufeffName,When\r\n\"A, \"\"B\"\"\nC\",2026-05-04 03:02\r\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void textThatASpreadsheetWouldRunIsNeutralizedInCsv() {
        assertEquals("'=HYPERLINK(\"x\")", TableExport.neutralized("=HYPERLINK(\"x\")"));
        assertEquals("'+1", TableExport.neutralized("+1"));
        assertEquals("'-1", TableExport.neutralized("-1"));
        assertEquals("'@SUM(A1)", TableExport.neutralized("@SUM(A1)"));
        assertEquals("<script>alert(1)</script>", TableExport.neutralized("<script>alert(1)</script>"));
        assertEquals("", TableExport.neutralized(null));
    }

    @Test
    void xlsxWritesTextCellsAndRealDatesOnANamedSheet() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EXPORT.write(TableExport.Format.XLSX, (first, size) -> first == 0
                ? List.of(new Item("=1+1", LocalDateTime.of(2026, 5, 4, 3, 2))) : List.of(), out);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals("Items", sheet.getSheetName());
            assertEquals(CellType.STRING, sheet.getRow(1).getCell(0).getCellType());
            assertEquals("=1+1", sheet.getRow(1).getCell(0).getStringCellValue());
            assertEquals(LocalDateTime.of(2026, 5, 4, 3, 2), sheet.getRow(1).getCell(1).getLocalDateTimeCellValue());
        }
    }

    @Test
    void xlsxGoesOnInANewSheetWithItsHeaderWhenASheetIsFull() throws IOException {
        // Sheets of four rows: a header and three items each, so seven items fill three sheets.
        TableExport<Item> export = new TableExport<>("Items", List.of(new TableExport.Column<>("Name", Item::name)), 4);
        List<Item> items = IntStream.rangeClosed(1, 7).mapToObj(i -> new Item("item " + i, null)).toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.write(TableExport.Format.XLSX, (first, size) -> first == 0 ? items : List.of(), out);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertEquals(3, workbook.getNumberOfSheets());
            assertEquals(List.of("Items", "Items (2)", "Items (3)"),
                    List.of(workbook.getSheetName(0), workbook.getSheetName(1), workbook.getSheetName(2)));
            List<String> read = new ArrayList<>();
            for (Sheet sheet : workbook) {
                assertEquals("Name", sheet.getRow(0).getCell(0).getStringCellValue(), sheet.getSheetName());
                for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                    read.add(sheet.getRow(r).getCell(0).getStringCellValue());
                }
            }
            assertEquals(items.stream().map(Item::name).toList(), read, "every item once, in order");
            assertEquals(1, workbook.getSheetAt(2).getLastRowNum(), "the last sheet holds what was left");
        }
    }

    @Test
    void aContinuedSheetsNameKeepsItsNumberWithinTheLimit() {
        assertEquals("Enrollments (2)", TableExport.continuedSheetName("Enrollments", 2));
        String name = TableExport.continuedSheetName("A very long report name of forty characters", 12);
        assertEquals(31, name.length());
        assertTrue(name.endsWith(" (12)"), name);
        assertEquals(1_048_576, TableExport.XLSX_ROWS_PER_SHEET);
    }

    @Test
    void formatsAreParsedFromTheAddressAndNameTheirFiles() {
        assertEquals(Optional.of(TableExport.Format.CSV), TableExport.Format.parse("csv"));
        assertEquals(Optional.of(TableExport.Format.XLSX), TableExport.Format.parse(" XLSX "));
        assertEquals(Optional.empty(), TableExport.Format.parse("pdf"));
        assertEquals(Optional.empty(), TableExport.Format.parse(null));
        assertEquals("audit-log.xlsx", TableExport.Format.XLSX.fileName("audit-log"));
        assertTrue(TableExport.Format.XLSX.contentType().contains("spreadsheetml"));
    }
}
