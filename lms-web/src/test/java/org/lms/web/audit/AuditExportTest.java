package org.lms.web.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.lms.domain.audit.AuditOutcome;
import org.lms.service.audit.AuditEntry;
import org.lms.web.export.TableExport;
import org.lms.web.i18n.Messages;

class AuditExportTest {

    private static final AuditEntry REFUSED = new AuditEntry(1, Instant.parse("2026-03-01T09:30:00Z"), "Adam <a@x.example>",
            "ROLE_CREATED", "ROLE", null, "=Owners", AuditOutcome.REFUSED, null, "Account membership", "Membership stays, with the Owner.");
    private static final AuditEntry FUTURE_KIND = new AuditEntry(2, Instant.parse("2026-03-01T10:00:00Z"), "system",
            "SOMETHING_NEWER", null, null, "x", AuditOutcome.DONE, "a", "b", null);

    private static String csv(Locale locale) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AuditExport.table(ResourceBundle.getBundle(Messages.BUNDLE, locale), ZoneId.of("Europe/Berlin"))
                .write(TableExport.Format.CSV, (first, size) -> first == 0 ? List.of(REFUSED, FUTURE_KIND) : List.of(), out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void csvHasThePagesColumnsWithBeforeAndAfterApartInTheReadersLanguageAndZone() throws IOException {
        String[] lines = csv(Locale.ENGLISH).split("\r\n");
        assertEquals("\ufeffWhen,Who,What,About,Outcome,Before,After,Reason", lines[0]);
        assertEquals("2026-03-01 10:30,Adam <a@x.example>,Role created,'=Owners,Refused,,Account membership,"
                + "\"Membership stays, with the Owner.\"", lines[1]);
        assertEquals("2026-03-01 11:00,system,SOMETHING_NEWER,x,Done,a,b,", lines[2], "a kind this version does not know, as stored");
        assertEquals(3, lines.length);
    }

    @Test
    void germanHeadersKindsAndOutcomes() throws IOException {
        String[] lines = csv(Locale.GERMAN).split("\r\n");
        assertEquals("\ufeffWann,Wer,Was,Betrifft,Ergebnis,Vorher,Nachher,Grund", lines[0]);
        assertEquals("2026-03-01 10:30,Adam <a@x.example>,Rolle angelegt,'=Owners,Abgelehnt,,Account membership,"
                + "\"Membership stays, with the Owner.\"", lines[1]);
    }

    @Test
    void theDownloadIsNamedAuditLog() {
        assertEquals("audit-log.csv", TableExport.Format.CSV.fileName(AuditExport.FILE_NAME));
    }
}
