package org.lms.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The security headers of every response. Applied by the authentication mechanism, which sees
 * every request first (including the redirects it sends itself), and again by
 * {@link SecurityHeadersFilter} for requests that reach the application.
 *
 * <p>Faces pages get their Content-Security-Policy from PrimeFaces, which appends a fresh script
 * nonce to the policy in web.xml; everything else gets the strict policy here. Two policies on one
 * response would both apply, so only one is ever set.
 */
final class SecurityHeaders {

    static final String STRICT_POLICY = "default-src 'none'; img-src 'self'; style-src 'self';"
            + " frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    private SecurityHeaders() {
    }

    static void apply(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000");
        }
        if (isFacesPage(request)) {
            // Pages show people's data: never kept by the browser, so Back after sign-out shows nothing.
            response.setHeader("Cache-Control", "no-store");
        } else {
            response.setHeader("Content-Security-Policy", STRICT_POLICY);
        }
    }

    /** Pages rendered by Faces; its resources (scripts, styles) are not pages. */
    static boolean isFacesPage(HttpServletRequest request) {
        String path = request.getServletPath();
        return !path.startsWith("/jakarta.faces.resource/") && (path.endsWith(".xhtml") || "/".equals(path) || path.isEmpty());
    }
}
