package org.lms.service.content;

import java.util.Optional;

/**
 * The kinds of file a lesson may hold, told by their first bytes. The name and the type the
 * uploader's browser claims are not trusted: a script renamed to ".pdf" is still refused, and the
 * type the LMS serves is the one found here.
 */
final class FileTypes {

    /** Enough of the start of a file to tell every allowed kind. */
    static final int HEAD = 12;

    private FileTypes() {
    }

    /** The content type of a PDF, an MP4 or WebM video, MP3 audio, or a PNG or JPEG image; empty otherwise. */
    static Optional<String> of(byte[] head, int length) {
        if (startsWith(head, length, 0, '%', 'P', 'D', 'F', '-')) {
            return Optional.of("application/pdf");
        }
        if (startsWith(head, length, 4, 'f', 't', 'y', 'p')) {
            return Optional.of("video/mp4");
        }
        if (startsWith(head, length, 0, 0x1A, 0x45, 0xDF, 0xA3)) {
            return Optional.of("video/webm");
        }
        if (startsWith(head, length, 0, 'I', 'D', '3') || length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xE0) == 0xE0) {
            return Optional.of("audio/mpeg");
        }
        if (startsWith(head, length, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of("image/png");
        }
        if (startsWith(head, length, 0, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("image/jpeg");
        }
        return Optional.empty();
    }

    /**
     * The name people see and download under: the last part of what was sent (no folders), without
     * control characters or quotes, at most 255 characters; "file" when nothing is left.
     */
    static String cleanName(String name) {
        String last = name == null ? "" : name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        String clean = last.replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (clean.isEmpty() || clean.equals(".") || clean.equals("..")) {
            return "file";
        }
        return clean.length() <= 255 ? clean : clean.substring(clean.length() - 255);
    }

    private static boolean startsWith(byte[] bytes, int length, int offset, int... expected) {
        if (length < offset + expected.length) {
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
