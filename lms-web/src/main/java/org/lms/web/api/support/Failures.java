package org.lms.web.api.support;

import jakarta.ejb.AccessLocalException;
import jakarta.ejb.EJBAccessException;
import jakarta.json.stream.JsonParsingException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.WebApplicationException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.lms.service.permissions.InvalidInput;
import org.lms.service.permissions.NotFound;
import org.lms.service.permissions.Reason;
import org.lms.service.permissions.Refusal;

/**
 * What an exception means to an API client. The services' answers are mapped one to one:
 * a missing privilege is 403 {@code forbidden}, a rule's refusal 403 {@code refused} with its
 * reason, anything missing or outside the caller's scope 404, invalid input 400 or (a duplicate,
 * a stale version) 409. The container may wrap them, so the causes are searched too. Anything
 * else is a fault of ours: 500 with an incident id and nothing of the exception.
 */
public final class Failures {

    private static final int MAX_CAUSES = 20;

    private Failures() {
    }

    public static ApiFailure describe(Throwable thrown, Locale locale) {
        Throwable cause = thrown;
        for (int depth = 0; cause != null && depth < MAX_CAUSES; depth++) {
            ApiFailure known = known(cause, locale);
            if (known != null) {
                return known;
            }
            cause = cause.getCause() == cause ? null : cause.getCause();
        }
        return internal(locale);
    }

    /** 500: the message tells the client an id to quote, the log has the rest under the same id. */
    public static ApiFailure internal(Locale locale) {
        String incident = HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        return ApiFailure.of(500, "internal_error", ApiText.INTERNAL.in(locale, incident), Map.of())
                .withHeader("X-Incident", incident);
    }

    private static ApiFailure known(Throwable cause, Locale locale) {
        if (cause instanceof ApiProblem problem) {
            return problem.describe(locale);
        }
        if (cause instanceof NotFound notFound) {
            String what = ApiText.valueOf("TARGET_" + notFound.type().name()).in(locale);
            return ApiFailure.of(404, "not_found", ApiText.NOT_FOUND.in(locale, what, String.valueOf(notFound.id())), Map.of());
        }
        if (cause instanceof Refusal refusal) {
            return ApiFailure.of(403, "refused", refusal.message(locale), Map.of());
        }
        if (cause instanceof InvalidInput invalid) {
            return invalid.isConflict()
                    ? ApiFailure.of(409, "conflict", ApiText.CONFLICT.in(locale), invalid.messages(locale))
                    : ApiFailure.of(400, "invalid_input", ApiText.INVALID_INPUT.in(locale), invalid.messages(locale));
        }
        if (cause instanceof EJBAccessException || cause instanceof AccessLocalException) {
            // The container says AccessLocalException to local no-interface clients, EJBAccessException to others.
            return ApiFailure.of(403, "forbidden", ApiText.FORBIDDEN.in(locale), Map.of());
        }
        if (cause instanceof OptimisticLockException) {
            // Two changes of the same object met in the database: the later one loses, like a stale version.
            return ApiFailure.of(409, "conflict", ApiText.CONFLICT.in(locale),
                    Map.of("version", new Reason("input.changedBySomeoneElse").message(locale)));
        }
        if (cause instanceof JsonParsingException) {
            return ApiFailure.of(400, "malformed_json", ApiText.MALFORMED_JSON.in(locale, 0, 0), Map.of());
        }
        if (cause instanceof WebApplicationException web) {
            return http(web, locale);
        }
        return null;
    }

    /** The JAX-RS runtime's own answers (no such path, wrong method or media type) in our shape. */
    private static ApiFailure http(WebApplicationException web, Locale locale) {
        int status = web.getResponse() == null ? 500 : web.getResponse().getStatus();
        return switch (status) {
            case 400 -> ApiFailure.of(400, "bad_request", ApiText.BAD_REQUEST.in(locale), Map.of());
            case 401 -> ApiFailure.of(401, "unauthorized", ApiText.UNAUTHORIZED.in(locale), Map.of());
            case 403 -> ApiFailure.of(403, "forbidden", ApiText.FORBIDDEN.in(locale), Map.of());
            case 404 -> ApiFailure.of(404, "not_found", ApiText.NO_SUCH_RESOURCE.in(locale), Map.of());
            case 405 -> {
                String allow = web.getResponse().getHeaderString("Allow");
                ApiFailure failure = ApiFailure.of(405, "method_not_allowed",
                        ApiText.METHOD_NOT_ALLOWED.in(locale, allow == null ? "" : allow), Map.of());
                yield allow == null ? failure : failure.withHeader("Allow", allow);
            }
            case 406 -> ApiFailure.of(406, "not_acceptable", ApiText.NOT_ACCEPTABLE.in(locale), Map.of());
            case 415 -> ApiFailure.of(415, "unsupported_media_type", ApiText.UNSUPPORTED_MEDIA_TYPE.in(locale), Map.of());
            default -> status >= 400 && status < 500
                    ? ApiFailure.of(status, "bad_request", ApiText.BAD_REQUEST.in(locale), Map.of())
                    : null;
        };
    }
}
