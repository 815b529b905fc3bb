package org.lms.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SecurityHeadersTest {

    @ParameterizedTest
    @ValueSource(strings = {"/index.xhtml", "/login.xhtml", "/admin/users.xhtml", "/", ""})
    void facesPagesAreRecognized(String servletPath) {
        assertTrue(SecurityHeaders.isFacesPage(request(servletPath, false)), servletPath);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "/jakarta.faces.resource/css/lms.css.xhtml",
        "/jakarta.faces.resource/core.js.xhtml",
        "/errors/not-found",
        "/errors/error",
        "/api/v1/tokens",
        "/favicon.ico",
        "/resources/css/lms.css",
        "/index.xhtml.bak",
    })
    void everythingElseIsNotAFacesPage(String servletPath) {
        assertFalse(SecurityHeaders.isFacesPage(request(servletPath, false)), servletPath);
    }

    @Test
    void aFacesPageGetsTheCommonHeadersButLeavesItsPolicyToPrimeFaces() {
        Map<String, String> headers = new HashMap<>();
        SecurityHeaders.apply(request("/index.xhtml", false), response(headers));

        assertEquals("nosniff", headers.get("X-Content-Type-Options"));
        assertEquals("DENY", headers.get("X-Frame-Options"));
        assertEquals("same-origin", headers.get("Referrer-Policy"));
        assertNull(headers.get("Content-Security-Policy"));
        assertNull(headers.get("Strict-Transport-Security"), "no HSTS over plain HTTP");
    }

    @Test
    void anythingElseGetsTheStrictPolicy() {
        Map<String, String> headers = new HashMap<>();
        SecurityHeaders.apply(request("/errors/not-found", false), response(headers));

        assertEquals(SecurityHeaders.STRICT_POLICY, headers.get("Content-Security-Policy"));
        assertTrue(headers.get("Content-Security-Policy").contains("frame-ancestors 'none'"));
        assertEquals("nosniff", headers.get("X-Content-Type-Options"));
    }

    @Test
    void secureRequestsGetStrictTransportSecurity() {
        Map<String, String> headers = new HashMap<>();
        SecurityHeaders.apply(request("/index.xhtml", true), response(headers));
        assertTrue(headers.get("Strict-Transport-Security").startsWith("max-age="));
    }

    private static HttpServletRequest request(String servletPath, boolean secure) {
        return (HttpServletRequest) Proxy.newProxyInstance(SecurityHeadersTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getServletPath" -> servletPath;
                    case "isSecure" -> secure;
                    case "toString" -> "request " + servletPath;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static HttpServletResponse response(Map<String, String> headers) {
        return (HttpServletResponse) Proxy.newProxyInstance(SecurityHeadersTest.class.getClassLoader(),
                new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "setHeader" -> {
                        headers.put((String) args[0], (String) args[1]);
                        yield null;
                    }
                    case "toString" -> "response";
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }
}
