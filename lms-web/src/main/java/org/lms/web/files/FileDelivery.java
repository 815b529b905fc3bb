package org.lms.web.files;

import java.io.OutputStream;
import org.lms.service.content.FileSink;
import org.lms.service.content.StoredFile;

/**
 * Decides what of a stored file an answer carries, from the request's {@code Range} and
 * {@code If-None-Match}, and reports it through {@link Answer} (status and headers) before any
 * byte is written. Shared by the pages' servlet and the API.
 */
public final class FileDelivery implements FileSink {

    /** Where the status and headers go. */
    public interface Answer {

        void status(int status);

        void header(String name, String value);

        /** The body; called once, after status and headers. */
        OutputStream body();
    }

    private final String range;
    private final String ifNoneMatch;
    private final boolean head;
    private final boolean download;
    private final String expectedSha256;
    private final Answer answer;

    /**
     * @param expectedSha256 the digest announced earlier (API), or null: a file replaced since is
     *                       not mixed into the answer
     */
    public FileDelivery(String range, String ifNoneMatch, boolean head, boolean download, String expectedSha256, Answer answer) {
        this.range = range;
        this.ifNoneMatch = ifNoneMatch;
        this.head = head;
        this.download = download;
        this.expectedSha256 = expectedSha256;
        this.answer = answer;
    }

    @Override
    public Slice start(StoredFile file) {
        if (expectedSha256 != null && !expectedSha256.equals(file.sha256())) {
            throw new IllegalStateException("the file of " + file.ownerId() + " was replaced while it was sent");
        }
        answer.header("ETag", FileHeaders.etag(file));
        answer.header("Accept-Ranges", "bytes");
        // Private: the file is only for people who may see the course; a shared cache must not keep it.
        answer.header("Cache-Control", "private, no-cache");
        answer.header("X-Content-Type-Options", "nosniff");
        // Only PDFs, media and images are stored, none of which runs script; the browser's own PDF
        // viewer and media controls need objects and media from here.
        answer.header("Content-Security-Policy", "default-src 'none'; img-src 'self'; media-src 'self'; object-src 'self';"
                + " style-src 'unsafe-inline'; frame-ancestors 'self'");
        if (ifNoneMatch != null && ifNoneMatch.contains(FileHeaders.etag(file))) {
            answer.status(304);
            return Slice.none();
        }
        ByteRange part = ByteRange.of(range, file.size());
        if (part == null) {
            answer.status(416);
            answer.header("Content-Range", "bytes */" + file.size());
            return Slice.none();
        }
        answer.status(part.partial() ? 206 : 200);
        if (part.partial()) {
            answer.header("Content-Range", part.contentRange(file.size()));
        }
        answer.header("Content-Type", file.contentType());
        answer.header("Content-Length", Long.toString(part.length()));
        answer.header("Content-Disposition", FileHeaders.contentDisposition(file, download));
        return head ? Slice.none() : new Slice(part.from(), part.length(), answer.body());
    }
}
