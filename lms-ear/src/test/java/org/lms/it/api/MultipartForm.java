package org.lms.it.api;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/**
 * A {@code multipart/form-data} body as browsers and {@code curl -F} send it: text parts and file
 * parts in order. A large file is generated as it is sent, never held in memory, and the body's
 * length is declared.
 */
final class MultipartForm {

    private final String boundary = "lms-form-" + Long.toHexString(System.nanoTime());
    private final List<Supplier<InputStream>> segments = new ArrayList<>();
    private long length;

    MultipartForm text(String name, String value) {
        bytes(partHead(name, null).getBytes(StandardCharsets.UTF_8));
        bytes(value.getBytes(StandardCharsets.UTF_8));
        bytes(new byte[] {'\r', '\n'});
        return this;
    }

    MultipartForm file(String name, String fileName, byte[] content) {
        return file(name, fileName, content, content.length);
    }

    /** A file of {@code size} bytes: {@code start}, then zeros. */
    MultipartForm file(String name, String fileName, byte[] start, long size) {
        bytes(partHead(name, fileName).getBytes(StandardCharsets.UTF_8));
        segments.add(() -> new SequenceInputStream(new ByteArrayInputStream(start), new Zeros(size - start.length)));
        length += size;
        bytes(new byte[] {'\r', '\n'});
        return this;
    }

    String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    HttpRequest.BodyPublisher publisher() {
        List<Supplier<InputStream>> all = new ArrayList<>(segments);
        byte[] end = ("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        all.add(() -> new ByteArrayInputStream(end));
        return HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(
                () -> new SequenceInputStream(Collections.enumeration(all.stream().map(Supplier::get).toList()))),
                length + end.length);
    }

    private String partHead(String name, String fileName) {
        return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
                + (fileName == null ? "" : "; filename=\"" + fileName + "\"\r\nContent-Type: application/octet-stream")
                + "\r\n\r\n";
    }

    private void bytes(byte[] bytes) {
        segments.add(() -> new ByteArrayInputStream(bytes));
        length += bytes.length;
    }

    /** {@code left} zero bytes. */
    private static final class Zeros extends InputStream {

        private long left;

        Zeros(long left) {
            this.left = left;
        }

        @Override
        public int read() {
            if (left <= 0) {
                return -1;
            }
            left--;
            return 0;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (left <= 0) {
                return -1;
            }
            int n = (int) Math.min(len, left);
            java.util.Arrays.fill(b, off, off + n, (byte) 0);
            left -= n;
            return n;
        }
    }
}
