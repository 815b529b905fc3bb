package org.lms.web.files;

import java.util.Locale;

/**
 * The part of a file a {@code Range} header asks for, as video players and download managers send
 * it. One range only: a request for several (rare) gets the whole file, which the standard allows.
 *
 * @param from   the first byte
 * @param length how many bytes
 * @param partial whether the answer is 206 with {@code Content-Range}, rather than 200 with everything
 */
public record ByteRange(long from, long length, boolean partial) {

    /** The whole file of {@code size} bytes. */
    public static ByteRange whole(long size) {
        return new ByteRange(0, size, false);
    }

    /**
     * What {@code header} asks for of a file of {@code size} bytes: the whole file when there is no
     * header or one this does not read; null when the range lies beyond the end (answer 416).
     */
    public static ByteRange of(String header, long size) {
        if (header == null || !header.toLowerCase(Locale.ROOT).startsWith("bytes=") || header.contains(",")) {
            return whole(size);
        }
        String spec = header.substring("bytes=".length()).strip();
        int dash = spec.indexOf('-');
        if (dash < 0) {
            return whole(size);
        }
        try {
            String start = spec.substring(0, dash).strip();
            String end = spec.substring(dash + 1).strip();
            if (start.isEmpty()) {
                // "bytes=-500": the last 500 bytes.
                long suffix = Long.parseLong(end);
                if (suffix <= 0 || size == 0) {
                    return null;
                }
                long length = Math.min(suffix, size);
                return new ByteRange(size - length, length, true);
            }
            long first = Long.parseLong(start);
            long last = end.isEmpty() ? size - 1 : Math.min(Long.parseLong(end), size - 1);
            if (first < 0 || first >= size || last < first) {
                return null;
            }
            return new ByteRange(first, last - first + 1, true);
        } catch (NumberFormatException unreadable) {
            return whole(size);
        }
    }

    /** The {@code Content-Range} value of a partial answer. */
    public String contentRange(long size) {
        return "bytes " + from + "-" + (from + length - 1) + "/" + size;
    }
}
