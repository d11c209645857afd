package org.skillalliance.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Follows a link of Keycloak's email (its execute-actions email, "set your password") over HTTP as a browser would:
 * one cookie jar for the whole visit, redirects followed, Keycloak's pages read for the link or form that a person
 * would click or fill in, and each form sent to its own {@code action} with its hidden fields.
 *
 * <p>A visit opens the link, goes on through Keycloak's "perform the following actions" page where it shows one, and
 * submits the update-password form with the new password (twice, as a person types it). It stops at the first page
 * it does not know what to do with (an error, "account updated", an expired link) and answers it.
 */
public final class KeycloakEmailLink {

    /** The link in the text of Keycloak's email (its plain-text or HTML part): the action token's address. */
    private static final Pattern ACTION_LINK =
            Pattern.compile("https?://[^\\s\"<>]+/login-actions/action-token\\?[^\\s\"<>]+");

    private static final Pattern FORM = Pattern.compile(
            "<form\\b[^>]*\\baction=\"([^\"]+)\"[^>]*>(.*?)</form>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
    private static final Pattern HIDDEN = Pattern.compile(
            "<input\\b[^>]*type=\"hidden\"[^>]*name=\"([^\"]+)\"[^>]*value=\"([^\"]*)\"", Pattern.CASE_INSENSITIVE);
    /** A link of a page: its attributes and its text. */
    private static final Pattern ANCHOR =
            Pattern.compile("<a\\b([^>]*)>(.*?)</a>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE);

    private static final Pattern HREF =
            Pattern.compile("\\bhref\\s*=\\s*[\"']([^\"']+)[\"']", Pattern.CASE_INSENSITIVE);

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new LocalhostCookieJar())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    /** A page as the browser ends up showing it: its address after redirects, status and HTML. */
    public record Page(URI address, int status, String html) {

        /** The page's visible text, tags removed and Keycloak's entities decoded, for assertions on what it says. */
        public String text() {
            return unescape(html.replaceAll("(?s)<script.*?</script>", " ").replaceAll("<[^>]+>", " "))
                    .replaceAll("\\s+", " ")
                    .trim();
        }

        public boolean hasPasswordForm() {
            return html.contains("name=\"password-new\"");
        }
    }

    /** The action link in an email's text, if it holds one. */
    public static Optional<URI> findIn(String emailText) {
        Matcher link = ACTION_LINK.matcher(emailText);
        return link.find() ? Optional.of(URI.create(unescape(link.group()))) : Optional.empty();
    }

    /** Opens the link (and goes on through Keycloak's "click here to proceed" page): the page a person then sees. */
    public Page open(URI link) {
        Page page = get(link);
        if (!page.hasPasswordForm()) {
            Optional<String> proceed = proceedLink(page.html());
            if (proceed.isPresent()) {
                page = get(page.address().resolve(proceed.get()));
            }
        }
        return page;
    }

    /**
     * The link of Keycloak's "Perform the following action(s) ... » Click here to proceed" page (its {@code info}
     * template), which a person clicks to go on to the first action's form.
     */
    static Optional<String> proceedLink(String html) {
        Matcher anchor = ANCHOR.matcher(html);
        while (anchor.find()) {
            Matcher href = HREF.matcher(anchor.group(1));
            String text = unescape(anchor.group(2).replaceAll("<[^>]+>", " "));
            if (href.find() && text.toLowerCase(java.util.Locale.ROOT).contains("proceed")) {
                return Optional.of(unescape(href.group(1)));
            }
        }
        return Optional.empty();
    }

    /**
     * Opens the link and sets the password on Keycloak's update-password form: the page after it (Keycloak's "your
     * account has been updated", or the next required action's). Fails when the link shows no password form.
     */
    public Page setPassword(URI link, String newPassword) {
        Page form = open(link);
        if (!form.hasPasswordForm()) {
            throw new IllegalStateException("the link shows no password form but: " + form.text() + "\n" + form.html());
        }
        return submit(form, Map.of("password-new", newPassword, "password-confirm", newPassword));
    }

    /** Sends the page's form (its action, its hidden fields, and these fields) as the browser's submit button does. */
    public Page submit(Page page, Map<String, String> fields) {
        Matcher form = FORM.matcher(page.html());
        while (form.find()) {
            if (fields.keySet().stream().allMatch(name -> form.group(2).contains("name=\"" + name + "\""))) {
                Map<String, String> sent = new LinkedHashMap<>();
                Matcher hidden = HIDDEN.matcher(form.group(2));
                while (hidden.find()) {
                    sent.put(hidden.group(1), unescape(hidden.group(2)));
                }
                sent.putAll(fields);
                URI action = page.address().resolve(unescape(form.group(1)));
                return send(HttpRequest.newBuilder(action)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(formEncode(sent)))
                        .build());
            }
        }
        throw new IllegalStateException(
                "no form with the fields " + fields.keySet() + " on " + page.address() + ": " + page.text());
    }

    private Page get(URI address) {
        return send(HttpRequest.newBuilder(address).GET().build());
    }

    private Page send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(request, (name, value) -> true)
                            .timeout(Duration.ofSeconds(30))
                            .header("Accept", "text/html")
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Page(response.uri(), response.statusCode(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String formEncode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    static String unescape(String html) {
        return html.replace("&amp;", "&")
                .replace("&#61;", "=")
                .replace("&#x3D;", "=")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&lt;", "<")
                .replace("&gt;", ">");
    }
}
