package org.lms.it.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Collection;
import org.lms.it.support.RunningApplication;

/**
 * A client of the REST API of the running application: anonymous, or signed in with a bearer
 * token, optionally asking for German messages.
 */
final class Api {

    /** HTTP/1.1, as API clients such as curl speak to a plain-HTTP server. */
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final String token;
    private final String language;

    private Api(String token, String language) {
        this.token = token;
        this.language = language;
    }

    static Api anonymous() {
        return new Api(null, null);
    }

    /** Issues a token for the email and password; fails the test unless that works. */
    static Api signIn(String email, String password) {
        ApiResponse issued = anonymous().post("/tokens", json("email", email, "password", password));
        assertEquals(201, issued.status(), () -> "no token for " + email + ": " + issued.body());
        return withToken(issued.json().getString("token"));
    }

    static Api withToken(String token) {
        return new Api(token, null);
    }

    Api inGerman() {
        return new Api(token, "de");
    }

    String token() {
        return token;
    }

    ApiResponse get(String path) {
        return send("GET", path, null, "application/json");
    }

    ApiResponse post(String path, String body) {
        return send("POST", path, body, "application/json");
    }

    ApiResponse post(String path) {
        return send("POST", path, null, "application/json");
    }

    ApiResponse patch(String path, String body) {
        return send("PATCH", path, body, "application/json");
    }

    ApiResponse put(String path, String body) {
        return send("PUT", path, body, "application/json");
    }

    ApiResponse put(String path) {
        return send("PUT", path, null, "application/json");
    }

    ApiResponse delete(String path) {
        return send("DELETE", path, null, "application/json");
    }

    /** Any request; {@code path} is below /api/v1 unless it starts with /api or /openapi. */
    ApiResponse send(String method, String path, String body, String contentType, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(RunningApplication.url(address(path))))
                .timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null && contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (language != null) {
            request.header("Accept-Language", language);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request.build(), method + " " + path);
    }

    /** A {@code multipart/form-data} request. */
    ApiResponse form(String method, String path, MultipartForm form) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(RunningApplication.url(address(path))))
                .timeout(Duration.ofSeconds(120)).method(method, form.publisher()).header("Content-Type", form.contentType());
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request.build(), method + " " + path + " (form)");
    }

    static ApiResponse send(HttpRequest request, String description) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new ApiResponse(description, response.statusCode(), response.body(), response.headers());
        } catch (IOException e) {
            throw new IllegalStateException(description + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String address(String path) {
        return path.startsWith("/api") || path.startsWith("/openapi") ? path : "/api/v1" + path;
    }

    /** A JSON object of name-value pairs: texts, numbers, booleans, collections of texts, or null. */
    static String json(Object... pairs) {
        JsonObjectBuilder object = Json.createObjectBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            String name = (String) pairs[i];
            Object value = pairs[i + 1];
            if (value == null) {
                object.addNull(name);
            } else if (value instanceof String text) {
                object.add(name, text);
            } else if (value instanceof Long || value instanceof Integer) {
                object.add(name, ((Number) value).longValue());
            } else if (value instanceof Boolean flag) {
                object.add(name, flag);
            } else if (value instanceof Collection<?> list) {
                JsonArrayBuilder array = Json.createArrayBuilder();
                list.forEach(element -> array.add(element.toString()));
                object.add(name, array);
            } else {
                throw new IllegalArgumentException("no JSON for " + value);
            }
        }
        return object.build().toString();
    }
}
