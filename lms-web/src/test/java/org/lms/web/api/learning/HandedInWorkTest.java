package org.lms.web.api.learning;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.GenericType;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.lms.web.api.support.ApiProblem;
import org.lms.web.api.support.RequestSizeLimit;

class HandedInWorkTest {

    private static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    /** A part as the runtime hands it over. */
    private record Part(String name, String fileName, MediaType type, byte[] bytes) implements EntityPart {

        static Part text(String name, String value) {
            return new Part(name, null, null, value.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public String getName() {
            return name;
        }

        @Override
        public Optional<String> getFileName() {
            return Optional.ofNullable(fileName);
        }

        @Override
        public InputStream getContent() {
            return new ByteArrayInputStream(bytes);
        }

        @Override
        public <T> T getContent(Class<T> asType) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <T> T getContent(GenericType<T> asType) {
            throw new UnsupportedOperationException();
        }

        @Override
        public MultivaluedMap<String, String> getHeaders() {
            return new MultivaluedHashMap<>();
        }

        @Override
        public MediaType getMediaType() {
            return type;
        }
    }

    private static Map<String, String> reasons(List<EntityPart> parts, boolean versioned) {
        ApiProblem problem = assertThrows(ApiProblem.class, () -> HandedInWork.fromForm(parts, versioned));
        assertEquals("invalid_input", problem.code());
        return problem.describe(Locale.ENGLISH).body().error().fields();
    }

    @Test
    void textAndAFileAreReadFromTheirParts() throws IOException {
        HandedInWork work = HandedInWork.fromForm(List.of(Part.text("text", "Grüße\nzwei"),
                new Part("file", "essay.pdf", MediaType.APPLICATION_OCTET_STREAM_TYPE, PDF)), false);
        assertEquals("Grüße\nzwei", work.text());
        assertEquals("essay.pdf", work.fileName());
        assertArrayEquals(PDF, work.file().readAllBytes());
        assertNull(work.version());
    }

    @Test
    void aReplacementNeedsItsVersion() {
        assertEquals(7L, HandedInWork.fromForm(List.of(Part.text("text", "New"), Part.text("version", " 7 ")), true).version());
        assertEquals(Map.of("version", "This field is required."), reasons(List.of(Part.text("text", "New")), true));
        assertEquals(Map.of("version", "Must be a whole number."), reasons(List.of(Part.text("version", "seven")), true));
        assertEquals(Map.of("version", "Not a field of this request."), reasons(List.of(Part.text("version", "7")), false));
    }

    @Test
    void anEmptyFilePartWithoutANameIsNoFile() throws IOException {
        HandedInWork none = HandedInWork.fromForm(List.of(Part.text("text", "Only text"),
                new Part("file", "", MediaType.APPLICATION_OCTET_STREAM_TYPE, new byte[0])), false);
        assertNull(none.file());
        assertNull(none.fileName());
        // A named empty file is handed on: the service refuses it for being empty.
        HandedInWork empty = HandedInWork.fromForm(List.of(new Part("file", "empty.pdf", null, new byte[0])), false);
        assertEquals("empty.pdf", empty.fileName());
        assertEquals(-1, empty.file().read());
        HandedInWork nothing = HandedInWork.fromForm(List.of(), false);
        assertNull(nothing.text());
        assertNull(nothing.file());
    }

    @Test
    void unknownRepeatedAndOversizedPartsAreNamed() {
        assertEquals(Map.of("comment", "Not a field of this request.", "text", "Send this part once only."),
                reasons(List.of(Part.text("text", "a"), Part.text("comment", "b"), Part.text("text", "c")), false));
        String tooLong = "x".repeat(RequestSizeLimit.MAX_BYTES + 1);
        assertEquals(Map.of("text", "This part is larger than 1,048,576 bytes."), reasons(List.of(Part.text("text", tooLong)), false));
        assertEquals(Map.of("text", "Must be a text."),
                reasons(List.of(new Part("text", null, new MediaType("text", "plain", "no-such-charset"), new byte[] {65})), false));
    }

    @Test
    void aFormOfNoPartsIsOnlyItsClosingBoundary() throws IOException {
        MediaType form = new MediaType("multipart", "form-data", Map.of("boundary", "\"b-1\""));
        BufferedInputStream empty = new BufferedInputStream(new ByteArrayInputStream("--b-1--\r\n".getBytes(StandardCharsets.US_ASCII)));
        assertTrue(HandedInWork.isEmpty(empty, form));
        assertEquals("--b-1--\r\n", new String(empty.readAllBytes(), StandardCharsets.US_ASCII), "nothing was read off");
        String oneField = "--b-1\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\nHi\r\n--b-1--\r\n";
        assertFalse(HandedInWork.isEmpty(new BufferedInputStream(new ByteArrayInputStream(oneField.getBytes(StandardCharsets.US_ASCII))),
                form));
        assertFalse(HandedInWork.isEmpty(new BufferedInputStream(new ByteArrayInputStream(new byte[0])), form));
    }

    @Test
    void aTextPartMayNameItsCharset() {
        byte[] latin = "Grüße".getBytes(StandardCharsets.ISO_8859_1);
        HandedInWork work = HandedInWork.fromForm(List.of(new Part("text", null, new MediaType("text", "plain", "ISO-8859-1"),
                latin)), false);
        assertEquals("Grüße", work.text());
    }
}
