package org.lms.it.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.lms.it.support.DemoUsers;
import org.lms.it.support.PortalClient;
import org.lms.it.support.RunningApplication;

/** Sign-in, session safety and response headers, checked over HTTP against the running application. */
@ExtendWith(RunningApplication.class)
class SignInHttpIT {

    private static final String INVALID = "The email or password is not correct.";
    private static final String LOCKED = "Too many failed attempts.";
    private static final Pattern SIGN_OUT_TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");

    private static PortalClient client() {
        return new PortalClient(RunningApplication.url(""));
    }

    @Test
    void everyResponseCarriesSecurityHeaders() {
        PortalClient client = client();
        for (HttpResponse<String> response : List.of(client.get("/login.xhtml"), client.get("/"),
                client.get("/jakarta.faces.resource/css/lms.css.xhtml"), client.get("/no-such-page.xhtml"))) {
            String where = response.uri() + " (" + response.statusCode() + ")";
            assertEquals("nosniff", header(response, "X-Content-Type-Options"), where);
            assertEquals("same-origin", header(response, "Referrer-Policy"), where);
            assertEquals("DENY", header(response, "X-Frame-Options"), where);
            String policy = header(response, "Content-Security-Policy");
            assertTrue(policy.contains("frame-ancestors 'none'"), where + ": " + policy);
            assertEquals(1, response.headers().allValues("Content-Security-Policy").size(), where + " has one policy");
        }
    }

    @Test
    void pagesAllowOnlyTheirOwnNoncedScripts() {
        HttpResponse<String> page = client().get("/login.xhtml");
        String policy = header(page, "Content-Security-Policy");
        assertTrue(policy.contains("script-src 'self' 'nonce-" + PortalClient.nonce(page) + "'"), policy);
        assertFalse(policy.contains("unsafe-inline';") && policy.contains("script-src 'unsafe-inline'"), policy);
    }

    @Test
    void protectedPagesRedirectToSignInAndRememberWhereTheCallerWasGoing() {
        HttpResponse<String> response = client().get("/admin/users.xhtml");
        assertEquals(302, response.statusCode());
        assertTrue(header(response, "Location").endsWith("/login.xhtml?next=%2Fadmin%2Fusers.xhtml"), header(response, "Location"));

        HttpResponse<String> root = client().get("/");
        assertEquals(302, root.statusCode());
        assertTrue(header(root, "Location").endsWith("/login.xhtml"), header(root, "Location"));
    }

    @Test
    void sessionCookieIsHttpOnlyAndSameSiteAndSecureOnlyOverHttps() {
        String plain = sessionCookie(client().get("/login.xhtml"));
        assertTrue(plain.contains("HttpOnly"), plain);
        assertTrue(plain.toLowerCase(java.util.Locale.ROOT).contains("samesite=lax"), plain);
        assertFalse(plain.contains("Secure"), plain);

        PortalClient secure = new PortalClient(RunningApplication.secureUrl(""));
        String overHttps = sessionCookie(secure.get("/login.xhtml"));
        assertTrue(overHttps.contains("Secure"), overHttps);
        assertTrue(overHttps.contains("HttpOnly"), overHttps);
    }

    @Test
    void signInRenewsTheSessionIdAndOpensTheDashboard() {
        PortalClient client = client();
        String before = sessionId(sessionCookie(client.get("/login.xhtml")));
        HttpResponse<String> signedIn = client.signIn(DemoUsers.ADMIN, DemoUsers.PASSWORD);
        assertEquals(302, signedIn.statusCode(), signedIn.body());
        String after = sessionId(sessionCookie(signedIn));
        assertNotEquals(before, after, "a new session id at sign-in");

        HttpResponse<String> dashboard = client.follow(signedIn);
        assertEquals(200, dashboard.statusCode());
        assertTrue(dashboard.body().contains("Welcome, Adam Administrator"), dashboard.body());
        assertTrue(dashboard.body().contains("You are signed in as Administrator in Acme Corporation."), dashboard.body());
    }

    @Test
    void wrongPasswordAndUnknownEmailGetTheSameMessage() {
        HttpResponse<String> wrongPassword = client().signIn(DemoUsers.PUBLISHER, "not-the-password");
        HttpResponse<String> unknownEmail = client().signIn("nobody-here@acme.example", "not-the-password");
        for (HttpResponse<String> response : List.of(wrongPassword, unknownEmail)) {
            assertEquals(200, response.statusCode());
            assertTrue(response.body().contains(INVALID), response.body());
        }
    }

    @Test
    void badInputGetsAMessageAndNeverAServerError() {
        assertMessage(client().signIn("", ""), "Enter your email address.");
        assertMessage(client().signIn("", ""), "Enter your password.");
        // PrimeFaces cuts a posted value at the field's maxlength; the length check stands behind it.
        HttpResponse<String> longEmail = client().signIn("a".repeat(10_000) + "@acme.example", "whatever");
        assertEquals(200, longEmail.statusCode());
        assertTrue(longEmail.body().contains(INVALID) || longEmail.body().contains("An email address has at most 254 characters."),
                longEmail.body());
        HttpResponse<String> longPassword = client().signIn(DemoUsers.PUBLISHER, "p".repeat(5_000));
        assertEquals(200, longPassword.statusCode());
        assertTrue(longPassword.body().contains(INVALID) || longPassword.body().contains("A password has at most 1,024 characters."),
                longPassword.body());
        for (String odd : List.of("𝔞𝔡𝔪𝔦𝔫@acme.example", "admin\u202E@acme.example", "ädmin@exämple.de", "<script>alert(1)</script>",
                "admin@acme.example\u0000", "' OR 1=1 --", "%00%0d%0a@x.y")) {
            HttpResponse<String> response = client().signIn(odd, "password-" + odd);
            assertEquals(200, response.statusCode(), odd);
            assertTrue(response.body().contains(INVALID), odd + ": " + response.body());
            assertFalse(response.body().contains("<script>alert(1)</script>"), "input is escaped");
        }
    }

    /**
     * The server-side view state is the form's anti-forgery token: a post from another site cannot
     * know it, and a post without it or with a made-up one changes nothing.
     */
    @Test
    void forgedOrStalePostsAreSentBackWithAMessage() {
        PortalClient client = client();
        HttpResponse<String> page = client.get("/login.xhtml");
        Map<String, String> form = Map.of("signIn", "signIn", "signIn:email", DemoUsers.ADMIN,
                "signIn:password", DemoUsers.PASSWORD, "signIn:submit", "");

        HttpResponse<String> noViewState = client.post("/login.xhtml", form);
        HttpResponse<String> forgedViewState = client.post("/login.xhtml", with(form, "jakarta.faces.ViewState", "1234:5678",
                "primefaces.nonce", PortalClient.nonce(page)));
        HttpResponse<String> wrongNonce = client.post("/login.xhtml", with(form, "jakarta.faces.ViewState", "1234:5678",
                "primefaces.nonce", "bm90LWEtbm9uY2U="));
        for (HttpResponse<String> response : List.of(noViewState, forgedViewState, wrongNonce)) {
            assertTrue(response.statusCode() == 200 || response.statusCode() == 302 || response.statusCode() == 404,
                    "status " + response.statusCode());
            HttpResponse<String> landed = client.follow(response);
            assertFalse(landed.body().contains("Welcome, Adam"), "a forged post never signs anyone in");
            assertFalse(landed.body().contains("Exception"), landed.body());
        }
        HttpResponse<String> back = client.follow(forgedViewState);
        assertTrue(back.body().contains("The page had expired"), back.body());
    }

    @Test
    void repeatedFailuresLockTheEmailForAWhileEvenWithTheRightPassword() {
        for (int attempt = 1; attempt <= 10; attempt++) {
            assertMessage(client().signIn(DemoUsers.SALES_LEARNER, "wrong-" + attempt), INVALID);
        }
        assertMessage(client().signIn(DemoUsers.SALES_LEARNER, DemoUsers.PASSWORD), LOCKED);
        assertMessage(client().signIn(DemoUsers.SALES_LEARNER.toUpperCase(), DemoUsers.PASSWORD), LOCKED);
        // Unknown addresses are throttled alike, so the lock tells nothing about who exists.
        for (int attempt = 1; attempt <= 10; attempt++) {
            client().signIn("ghost@acme.example", "wrong-" + attempt);
        }
        assertMessage(client().signIn("ghost@acme.example", "wrong"), LOCKED);
        // Other people are not affected.
        assertEquals(302, client().signIn(DemoUsers.INSTRUCTOR, DemoUsers.PASSWORD).statusCode());
    }

    @Test
    void signInOnlyFollowsLocalNextPaths() {
        HttpResponse<String> local = client().signIn(DemoUsers.ADMIN, DemoUsers.PASSWORD, "/admin/users.xhtml");
        assertTrue(header(local, "Location").endsWith("/admin/users.xhtml"), header(local, "Location"));
        for (String foreign : List.of("//evil.example/", "https://evil.example/", "/\\evil.example", "javascript:alert(1)")) {
            HttpResponse<String> response = client().signIn(DemoUsers.ADMIN, DemoUsers.PASSWORD, foreign);
            assertTrue(header(response, "Location").endsWith("/index.xhtml"), foreign + " -> " + header(response, "Location"));
        }
    }

    @Test
    void signOutEndsTheSession() {
        PortalClient client = client();
        HttpResponse<String> dashboard = client.follow(client.signIn(DemoUsers.OWNER, DemoUsers.OWNER_PASSWORD));
        assertEquals(200, dashboard.statusCode());
        HttpResponse<String> signedOut = client.post("/sign-out", Map.of("token", signOutToken(dashboard)));
        assertEquals(302, signedOut.statusCode());
        assertTrue(header(signedOut, "Location").contains("/login.xhtml?signedOut=true"), header(signedOut, "Location"));
        assertEquals(302, client.get("/index.xhtml").statusCode(), "the old session no longer opens pages");
    }

    /** My learning keeps no view in the session, and has no form of Faces; its sign-out button works all the same. */
    @Test
    void signOutFromAStatelessPageEndsTheSession() {
        PortalClient client = client();
        client.signIn(DemoUsers.OWNER, DemoUsers.OWNER_PASSWORD);
        HttpResponse<String> learning = client.get("/learning.xhtml");
        assertEquals(200, learning.statusCode());
        assertFalse(learning.body().contains("jakarta.faces.ViewState"), "no view kept for My learning");
        HttpResponse<String> signedOut = client.post("/sign-out", Map.of("token", signOutToken(learning)));
        assertEquals(302, signedOut.statusCode());
        assertTrue(header(signedOut, "Location").contains("/login.xhtml?signedOut=true"), header(signedOut, "Location"));
        assertEquals(302, client.get("/learning.xhtml").statusCode(), "the old session no longer opens pages");
    }

    /**
     * A sign-out form sent from another site has no session token: it is refused and the session
     * goes on. Signing out only posts; another session's token signs nobody out either.
     */
    @Test
    void signOutWithoutTheSessionsTokenIsRefusedAndTheSessionGoesOn() {
        PortalClient client = client();
        client.signIn(DemoUsers.OWNER, DemoUsers.OWNER_PASSWORD);
        PortalClient other = client();
        String othersToken = signOutToken(other.follow(other.signIn(DemoUsers.LEARNER, DemoUsers.PASSWORD)));

        assertEquals(403, client.post("/sign-out", Map.of()).statusCode(), "no token");
        assertEquals(403, client.post("/sign-out", Map.of("token", "")).statusCode(), "an empty token");
        assertEquals(403, client.post("/sign-out", Map.of("token", othersToken)).statusCode(), "another session's token");
        assertEquals(405, client.get("/sign-out").statusCode(), "a link cannot sign out");
        assertEquals(200, client.get("/index.xhtml").statusCode(), "still signed in");
        assertEquals(200, other.get("/learning.xhtml").statusCode(), "the other session goes on too");
    }

    /** Signing out after the session has ended (or without one) lands on the sign-in page all the same. */
    @Test
    void signOutWithoutASessionShowsTheSignInPage() {
        HttpResponse<String> signedOut = client().post("/sign-out", Map.of("token", "whatever"));
        assertEquals(302, signedOut.statusCode());
        assertTrue(header(signedOut, "Location").contains("/login.xhtml?signedOut=true"), header(signedOut, "Location"));
    }

    /** The sign-out form's token on a page of the portal. */
    private static String signOutToken(HttpResponse<String> page) {
        Matcher token = SIGN_OUT_TOKEN.matcher(page.body());
        assertTrue(token.find(), "a sign-out form on " + page.uri());
        return token.group(1);
    }

    @Test
    void pagesTheCallerMayNotOpenAnswerLikeMissingPages() {
        PortalClient learner = client();
        learner.signIn(DemoUsers.LEARNER, DemoUsers.PASSWORD);
        HttpResponse<String> forbidden = learner.get("/admin/users.xhtml");
        HttpResponse<String> missing = learner.get("/admin/no-such-page.xhtml");
        assertEquals(404, forbidden.statusCode());
        assertEquals(404, missing.statusCode());
        assertEquals(missing.body(), forbidden.body());
        assertTrue(forbidden.body().contains("Page not found"), forbidden.body());

        PortalClient admin = client();
        admin.signIn(DemoUsers.ADMIN, DemoUsers.PASSWORD);
        assertEquals(200, admin.get("/admin/users.xhtml").statusCode());
    }

    private static void assertMessage(HttpResponse<String> response, String message) {
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains(message), "expected '" + message + "' in:\n" + response.body());
    }

    private static Map<String, String> with(Map<String, String> form, String... more) {
        Map<String, String> all = new java.util.LinkedHashMap<>(form);
        for (int i = 0; i < more.length; i += 2) {
            all.put(more[i], more[i + 1]);
        }
        return all;
    }

    private static String header(HttpResponse<String> response, String name) {
        return response.headers().firstValue(name).orElse("");
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID="))
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie from " + response.uri()));
    }

    private static String sessionId(String cookie) {
        return cookie.substring("JSESSIONID=".length(), cookie.indexOf(';'));
    }
}
