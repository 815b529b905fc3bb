package org.lms.it.api;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.lms.it.support.RunningApplication;

/**
 * A request written byte by byte, for what an HTTP client library will not send: a body far
 * shorter than its declared length, or one that goes on and on. The server may answer before it
 * has read it all, so writing may fail; the answer is read all the same.
 */
final class RawHttp {

    /** Status and body of an answer. */
    record Answer(int status, String body) {
    }

    private RawHttp() {
    }

    static Answer send(String head, byte[]... bodyParts) throws IOException {
        URI base = URI.create(RunningApplication.url("/"));
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(head.getBytes(StandardCharsets.ISO_8859_1));
                for (byte[] part : bodyParts) {
                    out.write(part);
                }
                out.flush();
            } catch (IOException answeredEarly) {
                // The server stopped reading: its answer is waiting.
            }
            return read(socket.getInputStream());
        }
    }

    private static Answer read(InputStream in) throws IOException {
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int headEnd = -1;
        int contentLength = -1;
        for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
            received.write(buffer, 0, n);
            String text = received.toString(StandardCharsets.ISO_8859_1);
            if (headEnd < 0 && (headEnd = text.indexOf("\r\n\r\n")) >= 0) {
                for (String line : text.substring(0, headEnd).split("\r\n")) {
                    if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
                        contentLength = Integer.parseInt(line.substring(15).strip());
                    }
                }
            }
            if (headEnd >= 0 && contentLength >= 0 && received.size() >= headEnd + 4 + contentLength) {
                break;
            }
        }
        String text = received.toString(StandardCharsets.UTF_8);
        int status = Integer.parseInt(text.substring(9, 12));
        return new Answer(status, headEnd < 0 ? "" : text.substring(headEnd + 4));
    }
}
