package org.lms.web.api.support;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The body of every error the API answers: {@code {"error": {"code", "message", "fields"}}}.
 * {@code code} is stable and meant for programs; {@code message} is for people, in the request's
 * language; {@code fields} names the fields of the request that are wrong, with a reason each.
 */
@Schema(name = "Error", description = "Every error answer has this shape.")
public record ApiError(Detail error) {

    @Schema(name = "ErrorDetail")
    @JsonbPropertyOrder({"code", "message", "fields"})
    public record Detail(
            @Schema(description = "Stable code: invalid_input, malformed_json, request_too_large, bad_request, unauthorized,"
                    + " invalid_credentials, forbidden, refused, not_found, method_not_allowed, not_acceptable,"
                    + " unsupported_media_type, conflict, locked, internal_error") String code,
            @Schema(description = "What went wrong, in English or (Accept-Language: de) German") String message,
            @Schema(description = "Field of the request (body field or query parameter) to the reason it is wrong")
            Map<String, String> fields) {
    }

    public static ApiError of(String code, String message, Map<String, String> fields) {
        return new ApiError(new Detail(code, message, fields == null ? Map.of() : fields));
    }
}
