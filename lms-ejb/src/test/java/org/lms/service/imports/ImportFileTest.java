package org.lms.service.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.lms.service.permissions.InvalidInput;

class ImportFileTest {

    private static List<ImportLine> parse(String text) {
        return ImportFile.parse(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsColumnsByNameInAnyOrderAndCase() {
        List<ImportLine> lines = parse("Role,EMAIL,Name,Organization\nLEARNER,ann@example.com,Ann Example,Sales\n");
        assertEquals(1, lines.size());
        ImportLine line = lines.get(0);
        assertEquals("ann@example.com", line.email());
        assertEquals("Ann Example", line.name());
        assertEquals("Sales", line.organization());
        assertEquals("LEARNER", line.role());
        assertNull(line.status());
        assertEquals(2, line.line(), "line numbers count the header");
    }

    @Test
    void understandsQuotingSemicolonsAndAByteOrderMark() {
        List<ImportLine> lines = parse("\uFEFFemail;name\n\"o'hara@example.com\";\"O'Hara; Siobhán\"\n");
        assertEquals("O'Hara; Siobhán", lines.get(0).name());
    }

    @Test
    void blankCellsAreMissingValues() {
        ImportLine line = parse("email,name,role\nann@example.com,  ,\n").get(0);
        assertNull(line.name());
        assertNull(line.role());
    }

    @Test
    void refusesFilesItCannotRead() {
        assertEquals("import.empty", reason(() -> ImportFile.parse(new byte[0])));
        assertEquals("import.noEmailColumn", reason(() -> parse("name,role\nAnn,LEARNER\n")));
        assertEquals("import.malformed", reason(() -> parse("email,name\n\"ann@example.com,Ann\n")));
        assertEquals("import.notUtf8", reason(() -> ImportFile.parse(new byte[] {'e', 'm', 'a', 'i', 'l', '\n', (byte) 0xC3, (byte) 0x28})));
    }

    @Test
    void limitsTheNumberOfRows() {
        StringBuilder file = new StringBuilder("email\n");
        for (int i = 0; i <= ImportFile.MAX_ROWS; i++) {
            file.append('p').append(i).append("@example.com\n");
        }
        assertEquals("import.tooManyRows", reason(() -> parse(file.toString())));
    }

    @Test
    void choosesTheDelimiterFromTheHeader() {
        assertEquals(';', ImportFile.delimiter("email;name\nx,y"));
        assertEquals(',', ImportFile.delimiter("email,name;x\n"));
    }

    private static String reason(Runnable parse) {
        InvalidInput invalid = assertThrows(InvalidInput.class, parse::run);
        assertTrue(invalid.fieldReasons().containsKey("file"));
        return invalid.fieldReasons().get("file").key();
    }
}
