package org.skillalliance.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.HttpCookie;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.skillalliance.testsupport.ApiClient;
import org.skillalliance.testsupport.TestKeycloak;
import org.skillalliance.testsupport.Totp;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gateway as the web app's backend for frontend, against a real Keycloak and a real HTTP server standing in for
 * member-service: a person signs in the way a browser does (authorisation code with PKCE through Keycloak's own login
 * page, a cookie jar, no browser), the session's access token is relayed to the service and refreshed when it expires,
 * state-changing calls need the CSRF token, and signing out ends both the gateway's and Keycloak's session.
 */
class BrowserSessionIT extends GatewayInFrontOfStandInsIT {

    static final StandInService MEMBER = SERVICES.get("member");
    static final JsonMapper JSON = JsonMapper.builder().build();
    /** Something that looks like a JWT (access, refresh or ID token): must never reach the browser's script. */
    static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]{5,}\\.eyJ[A-Za-z0-9_-]{5,}");
    /** The access tokens' life in the refresh test ({@link #REFRESH_BEFORE} before expiry the gateway refreshes). */
    static final int TOKEN_SECONDS = 12;

    @LocalServerPort
    int port;

    @Test
    void aPersonSignsInCallsTheApiThroughTheSessionAndSignsOutOfKeycloakToo() {
        UUID organisation = UUID.randomUUID();
        TestKeycloak.Person person = KEYCLOAK.createPerson("member-admin", organisation);
        String lifespanBefore = KEYCLOAK.setClientAttribute(
                TestKeycloak.PEOPLE_CLIENT, "access.token.lifespan", Integer.toString(TOKEN_SECONDS));
        try {
            CookieJarBrowser browser = new CookieJarBrowser();

            // sign-in: the gateway sends the browser to Keycloak with a PKCE challenge (S256)
            CookieJarBrowser.Page toKeycloak = browser.get(gateway("/oauth2/authorization/keycloak"), Map.of());
            assertThat(toKeycloak.status()).as(toKeycloak.toString()).isEqualTo(302);
            URI authorize = toKeycloak.location();
            assertThat(authorize.toString()).startsWith(KEYCLOAK.issuer() + "/protocol/openid-connect/auth");
            assertThat(query(authorize))
                    .containsEntry("client_id", "skill-alliance-web")
                    .containsEntry("response_type", "code")
                    .containsEntry("code_challenge_method", "S256")
                    .containsKey("code_challenge")
                    .containsEntry("redirect_uri", "http://localhost:" + port + "/login/oauth2/code/keycloak");
            CookieJarBrowser.Page loginPage = browser.open(authorize);
            assertThat(loginPage.status()).as(loginPage.toString()).isEqualTo(200);

            CookieJarBrowser.Page afterLogin = browser.postForm(
                    formAction(loginPage),
                    Map.of("username", person.username(), "password", person.password(), "credentialId", ""),
                    Map.of());
            assertThat(afterLogin.status()).as(afterLogin.toString()).isEqualTo(302);
            assertThat(afterLogin.location().toString())
                    .startsWith(gateway("/login/oauth2/code/keycloak").toString());
            CookieJarBrowser.Page callback = browser.get(afterLogin.location(), Map.of());
            assertThat(callback.status()).as(callback.toString()).isEqualTo(302);
            assertThat(callback.location()).isEqualTo(gateway("/"));
            String sessionCookie = callback.setCookies().stream()
                    .filter(c -> c.startsWith("SESSION="))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no SESSION cookie set after sign-in: " + callback));
            assertThat(sessionCookie)
                    .containsIgnoringCase("HttpOnly")
                    .containsIgnoringCase("SameSite=Lax")
                    .doesNotContainIgnoringCase("Secure");
            CookieJarBrowser.Page home = browser.follow(callback);
            assertThat(home.status()).isEqualTo(200);
            assertThat(home.body()).contains("skill-alliance-test-index");
            String session = browser.cookie("SESSION").orElseThrow().getValue();

            // who is signed in: never a token
            CookieJarBrowser.Page me = browser.get(gateway("/bff/session"), Map.of("Accept", "application/json"));
            assertThat(me.status()).as(me.toString()).isEqualTo(200);
            JsonNode view = JSON.readTree(me.body());
            assertThat(view.path("username").asString()).isEqualTo(person.username());
            assertThat(view.path("email").asString()).isEqualTo(person.username() + "@example.org");
            assertThat(view.path("name").asString()).isEqualTo("Test member-admin");
            assertThat(view.path("roles").toString()).isEqualTo("[\"member-admin\"]");
            assertThat(view.path("organisationId").asString()).isEqualTo(organisation.toString());
            assertThat(view.has("staffId")).isTrue();
            assertThat(view.path("staffId").isNull()).isTrue();

            // the API through the session: the service receives the person's access token
            CookieJarBrowser.Page list =
                    browser.get(gateway("/api/organisations?session=1"), Map.of("Accept", "application/json"));
            assertThat(list.status()).as(list.toString()).isEqualTo(200);
            String relayed = bearerReceivedFor("/api/organisations?session=1");
            JsonNode claims = TestKeycloak.claims(relayed);
            assertThat(claims.path("preferred_username").asString()).isEqualTo(person.username());
            assertThat(claims.path("azp").asString()).isEqualTo("skill-alliance-web");
            assertThat(claims.path("org_id").asString()).isEqualTo(organisation.toString());

            // CSRF: a state-changing call without the token is refused before any service sees it; with it, it passes
            String xsrf = browser.cookie("XSRF-TOKEN")
                    .orElseThrow(() -> new AssertionError("no XSRF-TOKEN cookie"))
                    .getValue();
            assertThat(browser.cookie("XSRF-TOKEN").orElseThrow().isHttpOnly()).isFalse();
            CookieJarBrowser.Page withoutToken = browser.post(
                    gateway("/api/organisations?csrf=none"),
                    "application/json",
                    "{\"name\":\"x\"}",
                    Map.of("Accept", "application/json"));
            assertProblem(withoutToken, 403);
            assertThat(withoutToken.body()).contains("/problems/csrf");
            CookieJarBrowser.Page wrongToken = browser.post(
                    gateway("/api/organisations?csrf=wrong"),
                    "application/json",
                    "{\"name\":\"x\"}",
                    Map.of("X-XSRF-TOKEN", UUID.randomUUID().toString()));
            assertProblem(wrongToken, 403);
            // a cross-site form post: refused whether the session cookie comes with it (a browser that ignores
            // SameSite) or not (one that honours SameSite=Lax); the foreign Origin alone is refused (CORS), and a form
            // post without the token is refused by the CSRF check even where no Origin is sent
            CookieJarBrowser.Page crossSite = browser.postForm(
                    gateway("/api/organisations?csrf=cross-site"),
                    Map.of("name", "evil"),
                    Map.of("Origin", "https://evil.example"));
            assertProblem(crossSite, 403);
            CookieJarBrowser.Page crossSiteNoCookie = new CookieJarBrowser()
                    .postForm(
                            gateway("/api/organisations?csrf=cross-site-lax"),
                            Map.of("name", "evil"),
                            Map.of("Origin", "https://evil.example"));
            assertProblem(crossSiteNoCookie, 403);
            CookieJarBrowser.Page formWithoutOrigin =
                    browser.postForm(gateway("/api/organisations?csrf=form"), Map.of("name", "evil"), Map.of());
            assertProblem(formWithoutOrigin, 403);
            assertThat(formWithoutOrigin.body()).contains("/problems/csrf");
            assertThat(MEMBER.received()).noneMatch(r -> r.uri().contains("csrf="));
            CookieJarBrowser.Page withToken = browser.post(
                    gateway("/api/organisations?csrf=sent"),
                    "application/json",
                    "{\"name\":\"x\"}",
                    Map.of("X-XSRF-TOKEN", xsrf));
            assertThat(withToken.status()).as(withToken.toString()).isEqualTo(200);
            assertThat(bearerReceivedFor("/api/organisations?csrf=sent")).startsWith("eyJ");

            // refresh: the relayed token changes once the first one is about to expire, and the session stays
            String first = relayed;
            await().atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(250))
                    .until(() -> {
                        String marker = "/api/organisations?refresh=" + UUID.randomUUID();
                        assertThat(browser.get(gateway(marker), Map.of("Accept", "application/json"))
                                        .status())
                                .isEqualTo(200);
                        return !bearerReceivedFor(marker).equals(first);
                    });
            String refreshed = lastBearer();
            JsonNode refreshedClaims = TestKeycloak.claims(refreshed);
            assertThat(refreshedClaims.path("sub").asString())
                    .isEqualTo(claims.path("sub").asString());
            assertThat(refreshedClaims.path("sid").asString())
                    .isEqualTo(claims.path("sid").asString());
            assertThat(refreshedClaims.path("exp").asLong())
                    .isGreaterThan(claims.path("exp").asLong());
            assertThat(Instant.ofEpochSecond(refreshedClaims.path("exp").asLong()))
                    .isAfter(Instant.now());
            assertThat(browser.cookie("SESSION").orElseThrow().getValue()).isEqualTo(session);
            assertThat(browser.get(gateway("/bff/session"), Map.of("Accept", "application/json"))
                            .status())
                    .isEqualTo(200);

            // no token in any answer the gateway gave, nor in any cookie a script may read
            List<CookieJarBrowser.Page> fromGateway = browser.pages().stream()
                    .filter(p -> p.uri().getPort() == port)
                    .toList();
            assertThat(fromGateway)
                    .allSatisfy(p -> assertThat(JWT.matcher(p.body()).find())
                            .as(p.toString())
                            .isFalse());
            for (HttpCookie cookie : List.of(
                    browser.cookie("SESSION").orElseThrow(),
                    browser.cookie("XSRF-TOKEN").orElseThrow())) {
                assertThat(JWT.matcher(cookie.getValue()).find())
                        .as(cookie.getName())
                        .isFalse();
            }
            assertThat(fromGateway.stream().flatMap(p -> p.setCookies().stream()))
                    .allSatisfy(c -> assertThat(c.startsWith("XSRF-TOKEN=")
                                    || c.toLowerCase(Locale.ROOT).contains("httponly"))
                            .as(c)
                            .isTrue());
            assertThat(KEYCLOAK.sessionsOf(person.id())).hasSize(1);

            // sign-out: a form post with _csrf; the gateway's session ends, then Keycloak's through end-session
            String xsrfNow = browser.cookie("XSRF-TOKEN").orElseThrow().getValue();
            assertProblem(browser.postForm(gateway("/logout"), Map.of(), Map.of()), 403);
            CookieJarBrowser.Page loggedOut = browser.postForm(gateway("/logout"), Map.of("_csrf", xsrfNow), Map.of());
            assertThat(loggedOut.status()).as(loggedOut.toString()).isEqualTo(302);
            URI endSession = loggedOut.location();
            assertThat(endSession.toString()).startsWith(KEYCLOAK.issuer() + "/protocol/openid-connect/logout");
            assertThat(query(endSession))
                    .containsKey("id_token_hint")
                    .containsEntry("post_logout_redirect_uri", gateway("/").toString());
            CookieJarBrowser.Page back = browser.open(endSession);
            assertThat(back.uri()).isEqualTo(gateway("/"));
            assertThat(back.status()).isEqualTo(200);

            CookieJarBrowser stale = new CookieJarBrowser();
            assertProblem(stale.get(gateway("/bff/session"), Map.of("Cookie", "SESSION=" + session)), 401);
            int before = MEMBER.received().size();
            assertProblem(
                    stale.get(gateway("/api/organisations?after=logout"), Map.of("Cookie", "SESSION=" + session)), 401);
            assertThat(MEMBER.received()).hasSize(before);
            assertThat(KEYCLOAK.sessionsOf(person.id())).isEmpty();
        } finally {
            KEYCLOAK.setClientAttribute(TestKeycloak.PEOPLE_CLIENT, "access.token.lifespan", lifespanBefore);
        }
    }

    @Test
    void aSessionThatKeycloakEndedGets401AtItsNextRefreshAndIsOver() {
        TestKeycloak.Person person = KEYCLOAK.createPerson("coordinator", UUID.randomUUID());
        String lifespanBefore = KEYCLOAK.setClientAttribute(
                TestKeycloak.PEOPLE_CLIENT, "access.token.lifespan", Integer.toString(TOKEN_SECONDS));
        try {
            CookieJarBrowser browser = new CookieJarBrowser();
            signIn(browser, person);
            assertThat(browser.get(gateway("/api/organisations?ended=before"), Map.of())
                            .status())
                    .isEqualTo(200);

            KEYCLOAK.endSessions(person.id());

            // the token in hand is good until it needs renewing; then Keycloak refuses and the session ends
            await().atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(250))
                    .until(() -> browser.get(gateway("/api/organisations?ended=" + UUID.randomUUID()), Map.of())
                                    .status()
                            == 401);
            CookieJarBrowser.Page expired = browser.pages().getLast();
            assertProblem(expired, 401);
            assertThat(expired.body()).contains("session-expired");
            assertProblem(browser.get(gateway("/bff/session"), Map.of()), 401);
            assertProblem(browser.get(gateway("/api/organisations?ended=after"), Map.of()), 401);
            assertThat(MEMBER.received()).noneMatch(r -> r.uri().equals("/api/organisations?ended=after"));
        } finally {
            KEYCLOAK.setClientAttribute(TestKeycloak.PEOPLE_CLIENT, "access.token.lifespan", lifespanBefore);
        }
    }

    @Test
    void withoutASessionTheApiAndTheSessionAre401ProblemsNeverARedirect() {
        CookieJarBrowser browser = new CookieJarBrowser();
        for (String path : List.of("/api/organisations", "/bff/session", "/api/staff/42")) {
            assertProblem(browser.get(gateway(path), Map.of()), 401);
            assertProblem(browser.get(gateway(path), Map.of("Accept", "application/json")), 401);
        }
        CookieJarBrowser.Page post = browser.post(gateway("/api/organisations"), "application/json", "{}", Map.of());
        assertProblem(post, 401);
        assertThat(post.header("WWW-Authenticate").orElseThrow()).startsWith("Bearer");
        assertThat(post.header("Content-Security-Policy").orElseThrow()).contains("frame-ancestors 'none'");
        assertThat(MEMBER.received()).noneMatch(r -> r.uri().equals("/api/staff/42"));
    }

    @Test
    void anyoneVerifiesACredentialWithoutSigningInButRevokesNothing() {
        StandInService curriculum = SERVICES.get("curriculum");
        CookieJarBrowser browser = new CookieJarBrowser();
        // the public page /verify is a client route of the web app, open as every other
        assertThat(browser.get(gateway("/verify"), Map.of()).status()).isEqualTo(200);
        String marker = "/api/credentials/verify?public=" + UUID.randomUUID();
        CookieJarBrowser.Page verified = browser.post(gateway(marker), "text/plain", "eyJhbGciOi.x.y", Map.of());
        assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
        assertThat(verified.body()).contains("curriculum");
        StandInService.Received received = curriculum.received().stream()
                .filter(r -> r.uri().equals(marker))
                .findFirst()
                .orElseThrow();
        assertThat(received.header("Authorization")).isNull();
        String keys = "/api/credentials/issuer/jwks.json";
        assertThat(browser.get(gateway(keys), Map.of("Accept", "application/json"))
                        .status())
                .isEqualTo(200);
        assertThat(browser.get(gateway("/api/credentials/status-lists/" + UUID.randomUUID()), Map.of())
                        .status())
                .isEqualTo(200);
        // what is not verification stays behind the session: revoking, a credential itself
        assertProblem(browser.post(gateway("/api/credentials/revocations"), "application/json", "{}", Map.of()), 401);
        assertProblem(
                browser.get(gateway("/api/workplace-learning/" + UUID.randomUUID() + "/credential"), Map.of()), 401);
    }

    @Test
    void theWebAppsFilesAndClientRoutesArePublicWithItsSecurityHeaders() {
        CookieJarBrowser browser = new CookieJarBrowser();
        for (String route : List.of("/", "/staff", "/cohorts/" + UUID.randomUUID())) {
            CookieJarBrowser.Page page = browser.get(gateway(route), Map.of());
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            assertThat(page.header("Content-Type").orElseThrow()).startsWith("text/html");
            assertThat(page.body()).contains("skill-alliance-test-index");
            assertThat(page.header("Content-Security-Policy").orElseThrow())
                    .contains(
                            "default-src 'self'",
                            "script-src 'self'",
                            "frame-ancestors 'none'",
                            "object-src 'none'",
                            "form-action 'self' " + KEYCLOAK.baseUrl());
            assertThat(page.header("X-Content-Type-Options")).contains("nosniff");
            assertThat(page.header("Referrer-Policy")).contains("same-origin");
        }
        // the first page set the CSRF cookie for the web app's script to read
        assertThat(browser.pages().getFirst().setCookies()).anyMatch(c -> c.startsWith("XSRF-TOKEN="));
        assertThat(browser.cookie("XSRF-TOKEN").orElseThrow().isHttpOnly()).isFalse();
        CookieJarBrowser.Page script = browser.get(gateway("/app.js"), Map.of("Accept", "*/*"));
        assertThat(script.status()).isEqualTo(200);
        assertThat(script.body()).contains("dataset.loaded");
        // not HTML, not a file: a 404 problem, not the page
        assertProblem(browser.get(gateway("/missing.js"), Map.of("Accept", "*/*")), 404);
        // the gateway's own paths never fall back to the page
        assertProblem(browser.get(gateway("/api/nothing-here"), Map.of()), 401);
        assertThat(browser.get(gateway("/swagger-ui.html"), Map.of()).header("Content-Security-Policy"))
                .isEmpty();
    }

    @Test
    void bearerClientsAreUnchangedNeedNoCsrfTokenAndHaveNoBrowserSession() {
        String token = KEYCLOAK.token(KEYCLOAK.createPerson("coordinator", UUID.randomUUID()));
        ApiClient.Response created = ApiClient.onPort(port).withToken(token).post("/api/organisations?bearer=1", "{}");
        assertThat(created.status()).as(created.toString()).isEqualTo(200);
        assertThat(bearerReceivedFor("/api/organisations?bearer=1")).isEqualTo(token);
        assertThat(created.header("Set-Cookie")).isNull();
        ApiClient.Response session = ApiClient.onPort(port).withToken(token).get("/bff/session");
        assertThat(session.status()).as(session.toString()).isEqualTo(401);
        assertThat(session.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void aFunderMustSetUpASecondFactorAtFirstSignInAndGiveItAtTheNext() {
        TestKeycloak.Person funder = KEYCLOAK.createPerson("funder", UUID.randomUUID());
        CookieJarBrowser browser = new CookieJarBrowser();
        CookieJarBrowser.Page loginPage = browser.open(gateway("/oauth2/authorization/keycloak"));
        CookieJarBrowser.Page setUp = browser.follow(browser.postForm(
                formAction(loginPage, "kc-form-login"),
                Map.of("username", funder.username(), "password", funder.password(), "credentialId", ""),
                Map.of()));

        // the password was right, but no session yet: Keycloak's authenticator set-up page instead of the way back
        assertThat(setUp.status()).as(setUp.toString()).isEqualTo(200);
        assertThat(setUp.uri().toString()).contains("/login-actions/required-action", "CONFIGURE_TOTP");
        assertProblem(browser.get(gateway("/bff/session"), Map.of("Accept", "application/json")), 401);
        String secret = field(setUp, "totpSecret");
        assertThat(secret).isNotBlank();
        CookieJarBrowser.Page wrongCode = browser.postForm(
                formAction(setUp, "kc-totp-settings-form"),
                Map.of(
                        "totp",
                        "000000".equals(Totp.code(secret)) ? "111111" : "000000",
                        "totpSecret",
                        secret,
                        "userLabel",
                        "phone"),
                Map.of());
        assertThat(wrongCode.status()).as(wrongCode.toString()).isEqualTo(200);
        assertThat(wrongCode.body()).contains("kc-totp-settings-form");
        assertThat(KEYCLOAK.credentialsOf(funder.id()))
                .noneMatch(c -> c.path("type").asString().equals("otp"));

        CookieJarBrowser.Page back = browser.postForm(
                formAction(wrongCode, "kc-totp-settings-form"),
                Map.of("totp", Totp.code(secret), "totpSecret", secret, "userLabel", "phone"),
                Map.of());
        assertThat(back.status()).as(back.toString()).isEqualTo(302);
        CookieJarBrowser.Page home = browser.follow(back);
        assertThat(home.uri()).as(home.toString()).isEqualTo(gateway("/"));
        CookieJarBrowser.Page me = browser.get(gateway("/bff/session"), Map.of("Accept", "application/json"));
        assertThat(JSON.readTree(me.body()).path("roles").toString()).isEqualTo("[\"funder\"]");
        assertThat(KEYCLOAK.credentialsOf(funder.id()))
                .anyMatch(c -> c.path("type").asString().equals("otp"));

        // the next sign-in, in another browser: the password alone is not enough
        CookieJarBrowser other = new CookieJarBrowser();
        CookieJarBrowser.Page otherLogin = other.open(gateway("/oauth2/authorization/keycloak"));
        CookieJarBrowser.Page askForCode = other.follow(other.postForm(
                formAction(otherLogin, "kc-form-login"),
                Map.of("username", funder.username(), "password", funder.password(), "credentialId", ""),
                Map.of()));
        assertThat(askForCode.status()).as(askForCode.toString()).isEqualTo(200);
        assertThat(askForCode.body()).contains("kc-otp-login-form");
        // a code is good once: the app's next one (Keycloak accepts one step ahead for clocks that drift)
        CookieJarBrowser.Page signedIn = other.follow(other.postForm(
                formAction(askForCode, "kc-otp-login-form"),
                Map.of("otp", Totp.code(secret, Instant.now().plusSeconds(30))),
                Map.of()));
        assertThat(signedIn.uri()).as(signedIn.toString()).isEqualTo(gateway("/"));
        assertThat(other.cookie("SESSION")).isPresent();
    }

    @Test
    void requestsOfOneSessionAtRenewalTimeAllGoThroughAndTheSessionLivesOn() throws Exception {
        TestKeycloak.Person person = KEYCLOAK.createPerson("member-admin", UUID.randomUUID());
        String lifespanBefore = KEYCLOAK.setClientAttribute(
                TestKeycloak.PEOPLE_CLIENT, "access.token.lifespan", Integer.toString(TOKEN_SECONDS));
        try {
            CookieJarBrowser browser = new CookieJarBrowser();
            signIn(browser, person);
            String session = browser.cookie("SESSION").orElseThrow().getValue();
            assertThat(browser.get(gateway("/api/organisations?parallel=before"), Map.of())
                            .status())
                    .isEqualTo(200);
            String before = bearerReceivedFor("/api/organisations?parallel=before");

            // into the renewal window, then a page's worth of requests at once, as the web app sends them
            Thread.sleep(Duration.ofSeconds(TOKEN_SECONDS).minus(REFRESH_BEFORE).plusSeconds(1));
            HttpClient http = HttpClient.newHttpClient();
            List<CompletableFuture<HttpResponse<String>>> answers = IntStream.range(0, 6)
                    .mapToObj(n -> http.sendAsync(
                            HttpRequest.newBuilder(gateway("/api/organisations?parallel=" + n))
                                    .header("Cookie", "SESSION=" + session)
                                    .header("Accept", "application/json")
                                    .build(),
                            HttpResponse.BodyHandlers.ofString()))
                    .toList();
            for (var answer : answers) {
                assertThat(answer.get().statusCode()).as(answer.get().body()).isEqualTo(200);
            }
            // renewed once: every request carried the same new token
            List<String> relayed = IntStream.range(0, 6)
                    .mapToObj(n -> bearerReceivedFor("/api/organisations?parallel=" + n))
                    .distinct()
                    .toList();
            assertThat(relayed).hasSize(1).doesNotContain(before);
            assertThat(browser.get(gateway("/api/organisations?parallel=after"), Map.of())
                            .status())
                    .isEqualTo(200);
            assertThat(KEYCLOAK.sessionsOf(person.id())).hasSize(1);
        } finally {
            KEYCLOAK.setClientAttribute(TestKeycloak.PEOPLE_CLIENT, "access.token.lifespan", lifespanBefore);
        }
    }

    /**
     * Signs the person in as a browser does, through Keycloak's login page (and, for the roles that need one, the set-up
     * of their second factor at this first sign-in), and ends on the web app's page.
     */
    private void signIn(CookieJarBrowser browser, TestKeycloak.Person person) {
        CookieJarBrowser.Page loginPage = browser.open(gateway("/oauth2/authorization/keycloak"));
        CookieJarBrowser.Page home = browser.follow(browser.postForm(
                formAction(loginPage, "kc-form-login"),
                Map.of("username", person.username(), "password", person.password(), "credentialId", ""),
                Map.of()));
        if (home.status() == 200 && home.body().contains("kc-totp-settings-form")) {
            // only the roles that administer or move money are made to set up a second factor
            assertThat(person.role())
                    .as("set-up page shown to a " + person.role())
                    .isIn("alliance-admin", "coordinator", "funder");
            String secret = field(home, "totpSecret");
            home = browser.follow(browser.postForm(
                    formAction(home, "kc-totp-settings-form"),
                    Map.of("totp", Totp.code(secret), "totpSecret", secret, "userLabel", "phone"),
                    Map.of()));
        }
        assertThat(home.uri()).as(home.toString()).isEqualTo(gateway("/"));
        assertThat(browser.cookie("SESSION")).isPresent();
    }

    private URI gateway(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String bearerReceivedFor(String uri) {
        String authorization = MEMBER.received().stream()
                .filter(r -> r.uri().equals(uri))
                .reduce((a, b) -> b)
                .orElseThrow(() -> new AssertionError("the service did not receive " + uri))
                .header("Authorization");
        assertThat(authorization).as("Authorization received with " + uri).startsWith("Bearer ");
        return authorization.substring("Bearer ".length());
    }

    private static String lastBearer() {
        return MEMBER.received().getLast().header("Authorization").substring("Bearer ".length());
    }

    private static URI formAction(CookieJarBrowser.Page loginPage) {
        return formAction(loginPage, "kc-form-login");
    }

    /** Where the page's form with this id is sent (Keycloak's login, OTP and set-up pages each have one). */
    private static URI formAction(CookieJarBrowser.Page page, String formId) {
        Matcher action = Pattern.compile("<form[^>]*id=\"" + formId + "\"[^>]*action=\"([^\"]+)\"|"
                        + "<form[^>]*action=\"([^\"]+)\"[^>]*id=\"" + formId + "\"")
                .matcher(page.body());
        assertThat(action.find())
                .as("Keycloak's form " + formId + " in " + page.body())
                .isTrue();
        String url = action.group(1) != null ? action.group(1) : action.group(2);
        return page.uri().resolve(url.replace("&amp;", "&"));
    }

    /** The value of the page's input of this name. */
    private static String field(CookieJarBrowser.Page page, String name) {
        Matcher input = Pattern.compile("<input[^>]*name=\"" + name + "\"[^>]*value=\"([^\"]*)\"|"
                        + "<input[^>]*value=\"([^\"]*)\"[^>]*name=\"" + name + "\"")
                .matcher(page.body());
        assertThat(input.find()).as("the input " + name + " in " + page.body()).isTrue();
        return input.group(1) != null ? input.group(1) : input.group(2);
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> parameters = new HashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            int equals = pair.indexOf('=');
            parameters.put(
                    URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        return parameters;
    }

    private static void assertProblem(CookieJarBrowser.Page page, int status) {
        assertThat(page.status()).as(page.toString()).isEqualTo(status);
        assertThat(page.header("Content-Type").orElse("")).as(page.toString()).startsWith("application/problem+json");
        assertThat(page.header("Location")).as(page.toString()).isEmpty();
    }
}
