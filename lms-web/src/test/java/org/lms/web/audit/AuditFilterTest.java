package org.lms.web.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.lms.domain.audit.AuditOutcome;
import org.lms.service.audit.AuditKind;
import org.lms.service.audit.AuditQuery;

class AuditFilterTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void daysRunFromTheStartOfTheFirstToTheEndOfTheLastInTheReadersZone() {
        AuditFilter filter = new AuditFilter();
        // The day summer time begins in Berlin has 23 hours.
        filter.setFrom(LocalDate.of(2026, 3, 29));
        filter.setTo(LocalDate.of(2026, 3, 29));
        AuditQuery query = filter.query(BERLIN);
        assertEquals(Instant.parse("2026-03-28T23:00:00Z"), query.from());
        assertEquals(Instant.parse("2026-03-29T22:00:00Z"), query.to(), "the end is exclusive: the next day's start");

        AuditQuery inTokyo = filter.query(ZoneId.of("Asia/Tokyo"));
        assertEquals(Instant.parse("2026-03-28T15:00:00Z"), inTokyo.from());
    }

    @Test
    void blankTextsAndMissingChoicesMeanAnything() {
        AuditFilter filter = new AuditFilter();
        filter.setActor("   ");
        filter.setTarget(" Sales Team ");
        AuditQuery query = filter.query(BERLIN);
        assertNull(query.actor());
        assertEquals("Sales Team", query.target());
        assertNull(query.kind());
        assertNull(query.outcome());
        assertNull(query.from());
        assertNull(query.to());
        assertEquals("/admin/audit/export?format=csv&target=Sales+Team", filter.exportUrl("csv"));
    }

    @Test
    void theExportLinkCarriesTheWholeFilterAndReadsBackTheSame() {
        AuditFilter filter = new AuditFilter();
        filter.setActor("Adam & Eve");
        filter.setTarget("<b>x</b>");
        filter.setKind(AuditKind.ROLE_CHANGED);
        filter.setOutcome(AuditOutcome.REFUSED);
        filter.setFrom(LocalDate.of(2026, 1, 2));
        filter.setTo(LocalDate.of(2026, 1, 31));
        String url = filter.exportUrl("xlsx");
        assertEquals("/admin/audit/export?format=xlsx&actor=Adam+%26+Eve&target=%3Cb%3Ex%3C%2Fb%3E&kind=ROLE_CHANGED"
                + "&outcome=REFUSED&from=2026-01-02&to=2026-01-31", url);

        AuditQuery read = AuditFilter.parse(parameters(url)::get).query(BERLIN);
        assertEquals(filter.query(BERLIN), read);
    }

    @Test
    void anythingMalformedInTheAddressIsLeftOut() {
        Map<String, String> parameters = Map.of("kind", "NO_SUCH_KIND", "outcome", "done", "from", "2026-02-30", "to",
                "2026-01-01T00:00", "actor", "someone");
        AuditQuery query = AuditFilter.parse(parameters::get).query(BERLIN);
        assertEquals(new AuditQuery("someone", null, null, null, null, null), query);
    }

    private static Map<String, String> parameters(String url) {
        Map<String, String> parameters = new HashMap<>();
        for (String pair : URI.create("http://x" + url).getRawQuery().split("&")) {
            String[] parts = pair.split("=", 2);
            parameters.put(parts[0], URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
        }
        return parameters;
    }
}
