package org.lms.service.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LogoImageTest {

    @Test
    void rasterImagesAreKnownByTheirFirstBytes() {
        assertEquals(Optional.of("image/png"), LogoImage.contentType(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0)));
        assertEquals(Optional.of("image/jpeg"), LogoImage.contentType(bytes(0xFF, 0xD8, 0xFF, 0xE0)));
        assertEquals(Optional.of("image/gif"), LogoImage.contentType("GIF89a....".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Optional.of("image/webp"), LogoImage.contentType("RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void anythingElseIsRefusedWhateverItsNameClaims() {
        assertEquals(Optional.empty(), LogoImage.contentType("<svg onload=\"alert(1)\"/>".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Optional.empty(), LogoImage.contentType("<html><script>".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Optional.empty(), LogoImage.contentType("RIFF\0\0\0\0WAVE".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Optional.empty(), LogoImage.contentType(bytes(0x89, 'P', 'N')), "a cut-off header");
        assertEquals(Optional.empty(), LogoImage.contentType(new byte[0]));
        assertEquals(Optional.empty(), LogoImage.contentType(null));
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }
}
