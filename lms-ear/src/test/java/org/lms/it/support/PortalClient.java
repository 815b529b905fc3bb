package org.lms.it.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * A browser without JavaScript: keeps cookies, does not follow redirects (tests look at them),
 * and posts Faces forms the way the page's scripts would, with the view state and the
 * PrimeFaces script nonce the page was given.
 */
public final class PortalClient {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern NONCE = Pattern.compile("'nonce-([^']+)'");

    private final HttpClient http;
    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final String baseUrl;

    public PortalClient(String baseUrl) {
        this.baseUrl = baseUrl;
        this.http = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .sslContext(trustingEveryCertificate())
                .build();
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET());
    }

    /** The {@code Cookie} header this client sends to the portal, for requests made by other clients (benchmarks). */
    public String cookieHeader() {
        return cookies.getCookieStore().get(URI.create(baseUrl)).stream().map(HttpCookie::toString)
                .collect(Collectors.joining("; "));
    }

    /** Follows redirects within the portal, as a browser would, and returns the last response. */
    public HttpResponse<String> follow(HttpResponse<String> response) {
        HttpResponse<String> current = response;
        for (int hops = 0; hops < 5 && current.statusCode() / 100 == 3; hops++) {
            String location = current.headers().firstValue("Location").orElseThrow();
            URI target = current.uri().resolve(location);
            current = send(HttpRequest.newBuilder(target).GET());
        }
        return current;
    }

    /** Loads the sign-in page and posts the form. */
    public HttpResponse<String> signIn(String email, String password) {
        return signIn(email, password, null);
    }

    public HttpResponse<String> signIn(String email, String password, String next) {
        HttpResponse<String> page = get("/login.xhtml");
        Map<String, String> form = new LinkedHashMap<>();
        form.put("signIn", "signIn");
        form.put("signIn:email", email);
        form.put("signIn:password", password);
        form.put("signIn:next", next == null ? "" : next);
        form.put("signIn:submit", "");
        return postForm("/login.xhtml", page, form);
    }

    /** Posts {@code form} to {@code path} with the view state and nonce of {@code page}. */
    public HttpResponse<String> postForm(String path, HttpResponse<String> page, Map<String, String> form) {
        Map<String, String> fields = new LinkedHashMap<>(form);
        fields.put("jakarta.faces.ViewState", viewState(page));
        fields.put("primefaces.nonce", nonce(page));
        return post(path, fields);
    }

    public HttpResponse<String> post(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public static String viewState(HttpResponse<String> page) {
        Matcher m = VIEW_STATE.matcher(page.body());
        if (!m.find()) {
            throw new AssertionError("no view state in " + page.uri() + ":\n" + page.body());
        }
        return m.group(1);
    }

    public static String nonce(HttpResponse<String> page) {
        String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow(() -> new AssertionError("no CSP on " + page.uri()));
        Matcher m = NONCE.matcher(policy);
        if (!m.find()) {
            throw new AssertionError("no script nonce in the policy of " + page.uri() + ": " + policy);
        }
        return m.group(1);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The test server's HTTPS port has a self-signed certificate. */
    private static SSLContext trustingEveryCertificate() {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {new X509TrustManager() {
                @Override
                public void checkClientTrusted(X509Certificate[] chain, String authType) {
                }

                @Override
                public void checkServerTrusted(X509Certificate[] chain, String authType) {
                }

                @Override
                public X509Certificate[] getAcceptedIssuers() {
                    return new X509Certificate[0];
                }
            }}, new SecureRandom());
            return context;
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
