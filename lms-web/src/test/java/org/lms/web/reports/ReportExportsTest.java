package org.lms.web.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.lms.service.reports.MonthProgress;
import org.lms.web.export.TableExport;
import org.lms.web.i18n.Messages;

class ReportExportsTest {

    private static final List<MonthProgress> MONTHS = List.of(new MonthProgress("2026-02", 3, 0),
            new MonthProgress("2026-03", 1, 2));

    @Test
    void theProgressFileNamesTheMonthsInTheReadersLanguage() throws IOException {
        assertEquals(List.of("\ufeffMonat,Zugewiesen,Abgeschlossen", "Februar 2026,3,0", "März 2026,1,2"), csv(Locale.GERMAN));
        assertEquals(List.of("\ufeffMonth,Assigned,Finished", "February 2026,3,0", "March 2026,1,2"), csv(Locale.ENGLISH));
    }

    private static List<String> csv(Locale locale) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ReportExports.progress(ResourceBundle.getBundle(Messages.BUNDLE, locale)).write(TableExport.Format.CSV,
                (first, size) -> MONTHS.subList(Math.min(first, MONTHS.size()), Math.min(first + size, MONTHS.size())), out);
        return List.of(out.toString(StandardCharsets.UTF_8).split("\r\n"));
    }
}
