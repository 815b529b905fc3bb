package org.lms.service.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FileTypesTest {

    @Test
    void theTypeIsToldByTheFirstBytes() {
        assertEquals(Optional.of("application/pdf"), type("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Optional.of("video/mp4"), type(new byte[] {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm'}));
        assertEquals(Optional.of("video/webm"), type(new byte[] {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3, 1}));
        assertEquals(Optional.of("audio/mpeg"), type("ID3\u0004".getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals(Optional.of("audio/mpeg"), type(new byte[] {(byte) 0xFF, (byte) 0xFB, (byte) 0x90}));
        assertEquals(Optional.of("image/png"), type(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}));
        assertEquals(Optional.of("image/jpeg"), type(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}));
    }

    @Test
    void anythingElseIsRefusedWhateverItsName() {
        assertEquals(Optional.empty(), type("<script>alert(1)</script>".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Optional.empty(), type("MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1)), "a Windows program");
        assertEquals(Optional.empty(), type("<svg onload=alert(1)>".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Optional.empty(), type("%PD".getBytes(StandardCharsets.US_ASCII)), "too short to be a PDF");
        assertEquals(Optional.empty(), type(new byte[0]));
    }

    @Test
    void namesLoseFoldersControlCharactersAndQuotes() {
        assertEquals("handbook.pdf", FileTypes.cleanName("../../etc/handbook.pdf"));
        assertEquals("handbook.pdf", FileTypes.cleanName("C:\\Users\\me\\handbook.pdf"));
        assertEquals("a b.pdf", FileTypes.cleanName("a\r\n \"b.pdf"));
        assertEquals("file", FileTypes.cleanName(null));
        assertEquals("file", FileTypes.cleanName("../.."));
        assertEquals(255, FileTypes.cleanName("x".repeat(300) + ".pdf").length());
        assertEquals("Übersicht.pdf", FileTypes.cleanName("Übersicht.pdf"));
    }

    private static Optional<String> type(byte[] head) {
        return FileTypes.of(head, head.length);
    }
}
