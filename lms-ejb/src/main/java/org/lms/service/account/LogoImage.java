package org.lms.service.account;

import java.util.Optional;
import java.util.zip.CRC32;

/**
 * Which image a logo upload really is, read from its first bytes rather than trusted from the
 * browser's claim. Only raster formats every browser shows: SVG is refused because it can carry
 * script.
 */
public final class LogoImage {

    /** The largest logo accepted, in bytes. */
    public static final int MAX_BYTES = 256 * 1024;

    private LogoImage() {
    }

    /** The content type of a PNG, JPEG, GIF or WebP image, or empty for anything else. */
    public static Optional<String> contentType(byte[] bytes) {
        if (bytes == null) {
            return Optional.empty();
        }
        if (startsWith(bytes, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of("image/png");
        }
        if (startsWith(bytes, 0, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("image/jpeg");
        }
        if (startsWith(bytes, 0, 'G', 'I', 'F', '8', '7', 'a') || startsWith(bytes, 0, 'G', 'I', 'F', '8', '9', 'a')) {
            return Optional.of("image/gif");
        }
        if (startsWith(bytes, 0, 'R', 'I', 'F', 'F') && startsWith(bytes, 8, 'W', 'E', 'B', 'P')) {
            return Optional.of("image/webp");
        }
        return Optional.empty();
    }

    /** A short text that changes whenever the image does, for the logo's address. */
    public static String tag(byte[] image) {
        CRC32 crc = new CRC32();
        crc.update(image);
        return Long.toHexString(crc.getValue()) + "-" + Integer.toHexString(image.length);
    }

    private static boolean startsWith(byte[] bytes, int offset, int... expected) {
        if (bytes.length < offset + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((bytes[offset + i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }
}
