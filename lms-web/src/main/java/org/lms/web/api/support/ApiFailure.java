package org.lms.web.api.support;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;

/** An error answer ready to send: status, the {@link ApiError} body and any headers it needs. */
public record ApiFailure(int status, ApiError body, Map<String, String> headers) {

    public static final MediaType JSON = MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8");

    public static ApiFailure of(int status, String code, String message, Map<String, String> fields) {
        return new ApiFailure(status, ApiError.of(code, message, fields), Map.of());
    }

    public ApiFailure withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new ApiFailure(status, body, more);
    }

    public String code() {
        return body.error().code();
    }

    public Response toResponse() {
        Response.ResponseBuilder response = Response.status(status).type(JSON).entity(body)
                .header("Cache-Control", "no-store");
        headers.forEach(response::header);
        return response.build();
    }
}
