package org.lms.web.users;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.lms.domain.roles.BuiltInRole;
import org.lms.domain.users.UserStatus;
import org.lms.service.users.UserColumn;
import org.lms.service.users.UserRow;
import org.lms.web.export.TableExport;
import org.lms.web.i18n.Messages;

class UserExportTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Instant SIGN_IN = Instant.parse("2026-03-01T09:30:00Z");

    private static UserRow row(int i) {
        return new UserRow(i, "Person " + i, "p" + i + "@x.example", "Sales", BuiltInRole.LEARNER, "Learner",
                UserStatus.ACTIVE, i == 0 ? SIGN_IN : null, 10, 1);
    }

    private static ResourceBundle texts(Locale locale) {
        return ResourceBundle.getBundle(Messages.BUNDLE, locale);
    }

    @Test
    void csvHasLocalizedHeadersAndOneRecordPerUserAcrossPages() throws IOException {
        List<UserRow> all = IntStream.range(0, TableExport.PAGE_SIZE + 3).mapToObj(UserExportTest::row).toList();
        List<Integer> asked = new ArrayList<>();
        TableExport<UserRow> export = UserExport.table(List.of(UserColumn.values()), texts(Locale.ENGLISH), BERLIN);
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        export.write(TableExport.Format.CSV, (first, size) -> {
            asked.add(first);
            return all.subList(Math.min(first, all.size()), Math.min(first + size, all.size()));
        }, out);

        String[] lines = out.toString(StandardCharsets.UTF_8).split("\r\n");
        assertEquals("\ufeffName,Email,Organization,Role,Status,Last sign-in,Job title,Department,Phone,Manager,Hire date,Employee ID",
                lines[0]);
        assertEquals("Person 0,p0@x.example,Sales,Learner,Active,2026-03-01 10:30,,,,,,", lines[1]);
        assertEquals("Person 1,p1@x.example,Sales,Learner,Active,,,,,,,", lines[2]);
        assertEquals(all.size() + 1, lines.length);
        assertEquals(List.of(0, TableExport.PAGE_SIZE), asked, "pages of the fixed size until a short one");
    }

    @Test
    void csvWritesOnlyTheColumnsGivenInGerman() throws IOException {
        TableExport<UserRow> export = UserExport.table(List.of(UserColumn.NAME, UserColumn.STATUS), texts(Locale.GERMAN), BERLIN);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.write(TableExport.Format.CSV, (first, size) -> first == 0 ? List.of(row(1)) : List.of(), out);
        assertEquals("\ufeffName,Status\r\nPerson 1,Aktiv\r\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void profileColumnsCarryTheirValuesAndOnlyTheColumnsGivenAreWritten() throws IOException {
        UserRow full = new UserRow(3, "Ada", "ada@x.example", "Sales", BuiltInRole.LEARNER, "Learner", UserStatus.ACTIVE, null, 10, 1,
                "Engineer", "R&D", "+49 30 1234", "Grace", java.time.LocalDate.of(2024, 2, 29), "E-17");
        List<UserColumn> withoutHireDate = List.of(UserColumn.NAME, UserColumn.JOB_TITLE, UserColumn.DEPARTMENT, UserColumn.PHONE,
                UserColumn.MANAGER, UserColumn.EMPLOYEE_ID);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        UserExport.table(withoutHireDate, texts(Locale.GERMAN), BERLIN).write(TableExport.Format.CSV,
                (first, size) -> first == 0 ? List.of(full) : List.of(), out);
        assertEquals("\ufeffName,Stellenbezeichnung,Abteilung,Telefon,Vorgesetzte Person,Personalnummer\r\n"
                + "Ada,Engineer,R&D,'+49 30 1234,Grace,E-17\r\n", out.toString(StandardCharsets.UTF_8),
                "a phone number starting with + is neutralized like any would-be formula");

        ByteArrayOutputStream all = new ByteArrayOutputStream();
        UserExport.table(List.of(UserColumn.HIRE_DATE), texts(Locale.ENGLISH), BERLIN).write(TableExport.Format.CSV,
                (first, size) -> first == 0 ? List.of(full) : List.of(), all);
        assertEquals("\ufeffHire date\r\n2024-02-29\r\n", all.toString(StandardCharsets.UTF_8));
    }

    @Test
    void customProfileFieldsFollowTheStandardColumnsUnderTheirOwnLabels() throws IOException {
        UserRow row = row(4).withCustom(java.util.Map.of("shirt_size", "M"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        UserExport.table(List.of(UserColumn.NAME), List.of(new org.lms.service.users.CustomColumn("shirt_size", "Shirt size"),
                new org.lms.service.users.CustomColumn("desk", "Desk")), texts(Locale.ENGLISH), BERLIN)
                .write(TableExport.Format.CSV, (first, size) -> first == 0 ? List.of(row) : List.of(), out);
        assertEquals("\ufeffName,Shirt size,Desk\r\nPerson 4,M,\r\n", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void xlsxHasHeadersTextCellsAndRealDates() throws IOException {
        UserRow formula = new UserRow(7, "=1+1", "f@x.example", "Sales", null, "Custom helpers", UserStatus.DEACTIVATED, SIGN_IN, 10, 2);
        TableExport<UserRow> export = UserExport.table(List.of(UserColumn.values()), texts(Locale.ENGLISH), BERLIN);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.write(TableExport.Format.XLSX, (first, size) -> first == 0 ? List.of(row(0), formula) : List.of(), out);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals("Users", sheet.getSheetName());
            assertEquals("Last sign-in", sheet.getRow(0).getCell(5).getStringCellValue());
            assertEquals("Person 0", sheet.getRow(1).getCell(0).getStringCellValue());
            assertEquals(LocalDateTime.of(2026, 3, 1, 10, 30), sheet.getRow(1).getCell(5).getLocalDateTimeCellValue());
            assertEquals(CellType.STRING, sheet.getRow(2).getCell(0).getCellType(), "a name is text, never a formula");
            assertEquals("=1+1", sheet.getRow(2).getCell(0).getStringCellValue());
            assertEquals("Custom helpers", sheet.getRow(2).getCell(3).getStringCellValue());
            assertEquals("Deactivated", sheet.getRow(2).getCell(4).getStringCellValue());
            assertEquals(2, sheet.getLastRowNum());
        }
    }

    @Test
    void theDownloadIsNamedUsers() {
        assertEquals("users.csv", TableExport.Format.CSV.fileName(UserExport.FILE_NAME));
    }
}
