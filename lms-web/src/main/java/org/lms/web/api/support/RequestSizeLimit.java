package org.lms.web.api.support;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.regex.Pattern;
import org.lms.service.learning.SubmissionFiles;

/**
 * Turns away a request whose declared length exceeds the limit before anything reads it (400
 * {@code request_too_large}). Bodies of unknown length are cut at the same limit by
 * {@link JsonBodyReader}. A learner's submission sent as a form ({@code multipart/form-data}) may
 * carry a file, so it has a limit of its own, which this filter also enforces while the body is read.
 */
@Provider
@PreMatching
public class RequestSizeLimit implements ContainerRequestFilter {

    /** One mebibyte: far more than any request of this API needs, far less than hurts the server. */
    public static final int MAX_BYTES = 1 << 20;

    /**
     * A learner's submission as a form (text and a file in one request): the largest file a
     * submission takes, and one mebibyte more for the text, the parts' headers and boundaries.
     */
    public static final long SUBMISSION_FORM_MAX_BYTES = SubmissionFiles.MAX_BYTES + MAX_BYTES;

    /**
     * Lesson files and learners' submitted files are uploaded as the raw body; their own, larger
     * limit is checked as they stream in.
     */
    private static final Pattern FILE_UPLOAD = Pattern.compile(
            "/?v1/(courses/[^/]+/lessons/[^/]+/file|me/courses/[^/]+/lessons/[^/]+/submissions(/[^/]+)?/file)/?");

    /** Where a learner hands in (POST) or replaces (PUT) a submission, as JSON or as a form. */
    private static final Pattern SUBMISSIONS = Pattern.compile("/?v1/me/courses/[^/]+/lessons/[^/]+/submissions(/[^/]+)?/?");

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (FILE_UPLOAD.matcher(path).matches()) {
            return;
        }
        long limit = MAX_BYTES;
        if (SUBMISSIONS.matcher(path).matches() && isForm(request.getMediaType())) {
            // The parts are read (and spooled to disk) before the resource sees them: the whole body
            // is counted as it arrives and cut at the form's limit, declared length or not.
            limit = SUBMISSION_FORM_MAX_BYTES;
            request.setEntityStream(new Capped(request.getEntityStream(), limit));
        }
        String declared = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (declared != null && exceeds(declared.strip(), limit)) {
            request.abortWith(tooLarge(limit).describe(ApiLanguage.of(request::getAcceptableLanguages)).toResponse());
        }
    }

    static ApiProblem tooLarge() {
        return tooLarge(MAX_BYTES);
    }

    private static ApiProblem tooLarge(long limit) {
        return new ApiProblem(400, "request_too_large", new Message(ApiText.TOO_LARGE, limit), Map.of());
    }

    private static boolean isForm(MediaType type) {
        return type != null && "multipart".equalsIgnoreCase(type.getType()) && "form-data".equalsIgnoreCase(type.getSubtype());
    }

    private static boolean exceeds(String length, long limit) {
        if (length.length() > 18) {
            return true;
        }
        try {
            return Long.parseLong(length) > limit;
        } catch (NumberFormatException notANumber) {
            return false;
        }
    }

    /**
     * Counts what is read and fails beyond the limit. The failure carries the API's answer as its
     * cause, so it reaches the client as {@code request_too_large} whoever reads the stream.
     */
    static final class Capped extends FilterInputStream {

        private final long limit;
        private long count;

        Capped(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int read = super.read(b, off, len);
            if (read > 0) {
                counted(read);
            }
            return read;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            counted(skipped);
            return skipped;
        }

        private void counted(long read) throws IOException {
            count += read;
            if (count > limit) {
                throw new IOException("the request goes on beyond " + limit + " bytes", tooLarge(limit));
            }
        }
    }
}
