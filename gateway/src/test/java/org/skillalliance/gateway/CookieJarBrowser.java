package org.skillalliance.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.skillalliance.testsupport.LocalhostCookieJar;

/**
 * What a browser does for the sign-in, without one: a Java HTTP client with a cookie jar that follows redirects one by
 * one (so that every response, and every {@code Set-Cookie}, along the way can be looked at), sends forms, and keeps
 * every answer it got. Like a browser it treats {@code http://localhost} as a secure context, so cookies marked
 * {@code Secure} (Keycloak marks its login cookies so) are sent back there too; Java's own cookie manager would not.
 */
final class CookieJarBrowser {

    /** One answer on the way. */
    record Page(String method, URI uri, int status, Map<String, List<String>> headers, String body) {

        Optional<String> header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream())
                    .findFirst();
        }

        List<String> setCookies() {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase("set-cookie"))
                    .flatMap(e -> e.getValue().stream())
                    .toList();
        }

        URI location() {
            return uri.resolve(header("Location").orElseThrow(() -> new AssertionError("no Location: " + this)));
        }

        @Override
        public String toString() {
            return method + " " + uri + " -> " + status + " " + headers + " " + body;
        }
    }

    private final LocalhostCookieJar cookies = new LocalhostCookieJar();
    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final List<Page> pages = new ArrayList<>();

    /** GET, following redirects to the end. */
    Page open(URI uri) {
        return follow(send("GET", uri, null, null, Map.of()));
    }

    Page follow(Page page) {
        Page current = page;
        for (int hops = 0; current.status() / 100 == 3 && hops < 10; hops++) {
            current = send("GET", current.location(), null, null, Map.of());
        }
        return current;
    }

    Page get(URI uri, Map<String, String> headers) {
        return send("GET", uri, null, null, headers);
    }

    Page post(URI uri, String contentType, String body, Map<String, String> headers) {
        return send("POST", uri, contentType, body, headers);
    }

    Page postForm(URI uri, Map<String, String> fields, Map<String, String> headers) {
        return post(uri, "application/x-www-form-urlencoded", form(fields), headers);
    }

    Optional<HttpCookie> cookie(String name) {
        return cookies.store().getCookies().stream()
                .filter(c -> c.getName().equals(name))
                .findFirst();
    }

    /** Every answer so far, in order. */
    List<Page> pages() {
        return List.copyOf(pages);
    }

    static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private Page send(String method, URI uri, String contentType, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(30))
                .header("Accept", headers.getOrDefault("Accept", "text/html,application/xhtml+xml,*/*;q=0.8"))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        headers.forEach((name, value) -> {
            if (!name.equals("Accept")) {
                request.header(name, value);
            }
        });
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            Page page = new Page(
                    method, uri, response.statusCode(), response.headers().map(), response.body());
            pages.add(page);
            return page;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
