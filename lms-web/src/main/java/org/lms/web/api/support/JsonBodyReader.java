package org.lms.web.api.support;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Reads a request body into a {@link JsonBody}: at most {@link RequestSizeLimit#MAX_BYTES}, a
 * JSON object, not nested absurdly deep. Whatever is wrong with it is a 400 with a reason, never
 * a 500.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
public class JsonBodyReader implements MessageBodyReader<JsonBody> {

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == JsonBody.class;
    }

    @Override
    public JsonBody readFrom(Class<JsonBody> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, String> headers, InputStream entity) throws IOException {
        byte[] bytes = entity.readNBytes(RequestSizeLimit.MAX_BYTES + 1);
        if (bytes.length > RequestSizeLimit.MAX_BYTES) {
            throw RequestSizeLimit.tooLarge();
        }
        if (new String(bytes, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
            throw ApiProblem.unreadable("malformed_json", ApiText.BODY_REQUIRED);
        }
        switch (JsonShape.check(bytes)) {
            case TOO_DEEP -> throw ApiProblem.unreadable("malformed_json", ApiText.TOO_DEEP, JsonShape.MAX_DEPTH);
            case NUMBER_TOO_LONG -> throw ApiProblem.unreadable("malformed_json", ApiText.NUMBER_TOO_LONG, JsonShape.MAX_NUMBER_LENGTH);
            default -> {
                // fine: parse it
            }
        }
        JsonValue value;
        try (JsonReader reader = Json.createReader(new ByteArrayInputStream(bytes))) {
            value = reader.readValue();
        } catch (JsonParsingException e) {
            JsonLocation at = e.getLocation();
            throw ApiProblem.unreadable("malformed_json", ApiText.MALFORMED_JSON,
                    at == null ? 0 : at.getLineNumber(), at == null ? 0 : at.getColumnNumber());
        } catch (JsonException | IllegalStateException | IllegalArgumentException e) {
            throw ApiProblem.unreadable("malformed_json", ApiText.MALFORMED_JSON, 0, 0);
        }
        if (!(value instanceof JsonObject object)) {
            throw ApiProblem.unreadable("malformed_json", ApiText.NOT_AN_OBJECT);
        }
        return new JsonBody(object);
    }
}
