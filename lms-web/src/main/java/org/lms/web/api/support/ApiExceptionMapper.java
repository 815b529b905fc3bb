package org.lms.web.api.support;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every exception that leaves a resource becomes an {@link ApiError} answer (see {@link Failures}):
 * no stack trace and no HTML page ever reaches an API client. Faults of ours are logged with the
 * incident id the client was given.
 */
@Provider
public class ApiExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ApiExceptionMapper.class.getName());

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(Throwable thrown) {
        ApiFailure failure = Failures.describe(thrown, language());
        if (failure.status() >= 500) {
            LOG.log(Level.SEVERE, thrown, () -> "API request failed, incident " + failure.headers().get("X-Incident"));
        }
        return failure.toResponse();
    }

    private Locale language() {
        return ApiLanguage.of(headers::getAcceptableLanguages);
    }
}
