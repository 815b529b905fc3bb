package org.lms.web.api.support;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns away a request whose declared length exceeds the limit before anything reads it (400
 * {@code request_too_large}). Bodies of unknown length are cut at the same limit by
 * {@link JsonBodyReader}.
 */
@Provider
@PreMatching
public class RequestSizeLimit implements ContainerRequestFilter {

    /** One mebibyte: far more than any request of this API needs, far less than hurts the server. */
    public static final int MAX_BYTES = 1 << 20;

    /**
     * Lesson files and learners' submitted files are uploaded as the raw body; their own, larger
     * limit is checked as they stream in.
     */
    private static final Pattern FILE_UPLOAD = Pattern.compile(
            "/?v1/(courses/[^/]+/lessons/[^/]+/file|me/courses/[^/]+/lessons/[^/]+/submissions(/[^/]+)?/file)/?");

    @Override
    public void filter(ContainerRequestContext request) {
        if (FILE_UPLOAD.matcher(request.getUriInfo().getPath()).matches()) {
            return;
        }
        String declared = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (declared != null && exceeds(declared.strip())) {
            request.abortWith(tooLarge().describe(ApiLanguage.of(request::getAcceptableLanguages)).toResponse());
        }
    }

    static ApiProblem tooLarge() {
        return new ApiProblem(400, "request_too_large", new Message(ApiText.TOO_LARGE, MAX_BYTES), Map.of());
    }

    private static boolean exceeds(String length) {
        if (length.length() > 18) {
            return true;
        }
        try {
            return Long.parseLong(length) > MAX_BYTES;
        } catch (NumberFormatException notANumber) {
            return false;
        }
    }
}
