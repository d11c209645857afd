package org.skillalliance.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.skillalliance.launcher.KeycloakDistribution;
import org.skillalliance.launcher.KeycloakTokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A real Keycloak (the keycloak-quarkus-dist zip from Maven Central, in development mode with an in-memory database)
 * and, in it, a realm of this test JVM's own: the {@code skill-alliance} realm of {@code infra/keycloak} imported under
 * a name of its own ({@link #realm()}), plus what tests need to get real tokens: people with a realm role and an
 * {@code org_id}, and funder systems with client credentials.
 *
 * <p>The server is shared by every test JVM of the build ({@link SharedKeycloakServer}: started by the first, stopped
 * by a watchdog five minutes after the last); the realm is this JVM's alone, imported when the JVM first asks and
 * deleted when it exits, so nothing one module's tests do to their realm (people, client settings, its SMTP server)
 * reaches another's.
 *
 * <p>The realm's {@code member-service} client (whose service account creates invited users) gets a random secret for
 * this realm, filled into the export's {@code MEMBER_SERVICE_CLIENT_SECRET} placeholder ({@link
 * #memberServiceClientSecret()}), and its SMTP server is this JVM's {@link TestMail}.
 *
 * <p>The distribution is unpacked once into {@code ~/.cache/skill-alliance/} and reused (its first start builds the
 * Quarkus application, about 30 s; later starts take a few seconds).
 */
public final class TestKeycloak {

    public static final String VERSION = "26.7.3";
    /** The realm's name in infra/keycloak's export; each test JVM imports it under a name of its own. */
    public static final String REALM_EXPORT = "skill-alliance";

    public static final String PEOPLE_CLIENT = "skill-alliance-web";
    public static final String AUDIENCE = "skill-alliance-api";
    /** The confidential client of member-service, whose service account may manage the realm's users. */
    public static final String MEMBER_SERVICE_CLIENT = "member-service";
    /** The sender of the test realm's email (the realm's {@code smtpServer.from}). */
    public static final String MAIL_FROM = "no-reply@skill-alliance.test";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static volatile TestKeycloak instance;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final int port;
    private final SharedKeycloakServer server;
    private final String realm;
    private final String memberServiceClientSecret;
    private volatile Supplier<String> adminTokens;
    /**
     * The bootstrap administrator's tokens of the admin API, fetched again 20 s before they expire (the master realm
     * gives a minute) rather than once per admin call: a token request costs Keycloak a password hash, most of a
     * second on 2 busy cores, and a new person takes three admin calls.
     */
    private final Supplier<String> masterAdminTokens = renewedBefore(Duration.ofSeconds(20), this::newMasterAdminToken);
    /** The realm roles' representations, as a role mapping names them, read once per role. */
    private final Map<String, String> roleRepresentations = new ConcurrentHashMap<>();

    private TestKeycloak(SharedKeycloakServer server, String realm, String memberServiceClientSecret) {
        this.port = server.port();
        this.server = server;
        this.realm = realm;
        this.memberServiceClientSecret = memberServiceClientSecret;
    }

    public static TestKeycloak instance() {
        TestKeycloak keycloak = instance;
        if (keycloak == null) {
            synchronized (TestKeycloak.class) {
                if (instance == null) {
                    instance = start();
                }
                keycloak = instance;
            }
        }
        return keycloak;
    }

    /** The issuer of the realm's tokens, as services must be configured with it. */
    public String issuer() {
        return baseUrl() + "/realms/" + realm;
    }

    /** This JVM's realm in the shared server, as services name it (member-service's invitations, for one). */
    public String realm() {
        return realm;
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    /**
     * The secret of the realm's {@code member-service} client in this Keycloak: random per start, given to Keycloak
     * only through the environment ({@code MEMBER_SERVICE_CLIENT_SECRET}), as in production.
     */
    public String memberServiceClientSecret() {
        return memberServiceClientSecret;
    }

    /** A person of an organisation with one realm role, who can log in with the password. */
    public record Person(String id, String username, String password, String role, UUID organisationId) {}

    /** A funder's system: a confidential client whose service account has the {@code funder} role. */
    public record FunderSystem(String clientId, String secret, UUID organisationId) {}

    /** Creates a user through the admin API (as member-service's invitations will). */
    public Person createPerson(String role, UUID organisationId) {
        return createPerson(role, organisationId, null);
    }

    /**
     * Creates a learner whose login is linked to a staff record of the organisation: their tokens carry
     * {@code staff_id} (none when staffId is null: a learner linked to nobody).
     */
    public Person createLearner(UUID organisationId, UUID staffId) {
        return createPerson("learner", organisationId, staffId);
    }

    private Person createPerson(String role, UUID organisationId, UUID staffId) {
        String username = role + "-" + UUID.randomUUID().toString().substring(0, 8);
        String password = "pw-" + UUID.randomUUID();
        ObjectNode user = JSON.createObjectNode();
        user.put("username", username);
        user.put("email", username + "@example.org");
        user.put("firstName", "Test");
        user.put("lastName", role);
        user.put("enabled", true);
        user.put("emailVerified", true);
        ObjectNode attributes = user.putObject("attributes");
        if (organisationId != null) {
            attributes.putArray("org_id").add(organisationId.toString());
        }
        if (staffId != null) {
            attributes.putArray("staff_id").add(staffId.toString());
        }
        ObjectNode credential = user.putArray("credentials").addObject();
        credential.put("type", "password");
        credential.put("value", password);
        credential.put("temporary", false);
        HttpResponse<String> created = admin("POST", "/users", user.toString());
        require(created, 201, "create user");
        String location = created.headers().firstValue("Location").orElseThrow();
        String userId = location.substring(location.lastIndexOf('/') + 1);
        String roleRepresentation = roleRepresentation(role);
        require(
                admin("POST", "/users/" + userId + "/role-mappings/realm", "[" + roleRepresentation + "]"),
                204,
                "grant role " + role);
        return new Person(userId, username, password, role, organisationId);
    }

    private String roleRepresentation(String role) {
        return roleRepresentations.computeIfAbsent(
                role,
                name -> require(admin("GET", "/roles/" + name, null), 200, "read role " + name)
                        .body());
    }

    /** Creates a confidential client with a service account acting for the funder organisation. */
    public FunderSystem createFunderSystem(UUID funderOrganisationId) {
        return createSystem(funderOrganisationId, "funder", true, null);
    }

    /**
     * Creates a confidential client whose service account has {@code role} and acts for the organisation.
     *
     * @param withAudience         false for a client whose tokens do not name the API (they must be refused)
     * @param tokenLifespanSeconds a short access token lifespan for expiry tests, or null for the realm's
     */
    public FunderSystem createSystem(
            UUID organisationId, String role, boolean withAudience, Integer tokenLifespanSeconds) {
        String clientId = role + "-system-" + UUID.randomUUID().toString().substring(0, 8);
        String secret = UUID.randomUUID().toString();
        ObjectNode client = JSON.createObjectNode();
        client.put("clientId", clientId);
        client.put("enabled", true);
        client.put("publicClient", false);
        client.put("secret", secret);
        client.put("serviceAccountsEnabled", true);
        client.put("standardFlowEnabled", false);
        client.put("directAccessGrantsEnabled", false);
        if (tokenLifespanSeconds != null) {
            client.putObject("attributes").put("access.token.lifespan", tokenLifespanSeconds.toString());
        }
        var mappers = client.putArray("protocolMappers");
        if (withAudience) {
            ObjectNode audience = mappers.addObject();
            audience.put("name", "audience");
            audience.put("protocol", "openid-connect");
            audience.put("protocolMapper", "oidc-audience-mapper");
            audience.putObject("config")
                    .put("included.custom.audience", AUDIENCE)
                    .put("access.token.claim", "true");
        }
        ObjectNode mapper = mappers.addObject();
        mapper.put("name", "org_id");
        mapper.put("protocol", "openid-connect");
        mapper.put("protocolMapper", "oidc-hardcoded-claim-mapper");
        ObjectNode config = mapper.putObject("config");
        config.put("claim.name", "org_id");
        config.put("claim.value", organisationId.toString());
        config.put("jsonType.label", "String");
        config.put("access.token.claim", "true");
        HttpResponse<String> created = admin("POST", "/clients", client.toString());
        require(created, 201, "create client");
        String location = created.headers().firstValue("Location").orElseThrow();
        String internalId = location.substring(location.lastIndexOf('/') + 1);
        String serviceAccount = JSON.readTree(require(
                                admin("GET", "/clients/" + internalId + "/service-account-user", null),
                                200,
                                "read service account")
                        .body())
                .path("id")
                .asString();
        String roleRepresentation = roleRepresentation(role);
        require(
                admin("POST", "/users/" + serviceAccount + "/role-mappings/realm", "[" + roleRepresentation + "]"),
                204,
                "grant role " + role);
        return new FunderSystem(clientId, secret, organisationId);
    }

    /**
     * A genuine token of this realm for the person, fetched at {@code http://127.0.0.1:<port>} instead of
     * {@code localhost}: the same realm and signing key, so its signature verifies against the realm's JWKS, but
     * Keycloak names the host it was reached by in {@code iss}, so the issuer is not the one services trust
     * ({@link #issuer()}). The token to prove that the issuer itself is checked.
     */
    public String tokenWithAnotherIssuer(Person person) {
        return tokenFrom(
                anotherIssuer(), KeycloakTokens.passwordGrant(PEOPLE_CLIENT, person.username(), person.password()));
    }

    /** The issuer of {@link #tokenWithAnotherIssuer}'s tokens: this realm reached by another host name. */
    public String anotherIssuer() {
        return "http://127.0.0.1:" + port + "/realms/" + realm;
    }

    /** A genuine token of another realm ({@code master}): right signature scheme, wrong issuer and audience. */
    public String foreignRealmToken() {
        return newMasterAdminToken();
    }

    /**
     * A valid token of the JVM's alliance admin (a person of no organisation, who may do everything), fetched again a
     * minute before it expires.
     */
    public String adminToken() {
        Supplier<String> tokens = adminTokens;
        if (tokens == null) {
            synchronized (this) {
                if (adminTokens == null) {
                    adminTokens = tokens(createPerson("alliance-admin", null));
                }
                tokens = adminTokens;
            }
        }
        return tokens.get();
    }

    /** A token of a new person with the realm role ({@code member-admin}, ...) acting for the organisation. */
    public String tokenFor(String role, UUID organisationId) {
        return token(createPerson(role, organisationId));
    }

    /** The person's tokens, each fetched again a minute before it expires. */
    public Supplier<String> tokens(Person person) {
        return renewedBefore(Duration.ofMinutes(1), () -> token(person));
    }

    /** The token that {@code fetch} gives, kept until {@code margin} before its expiry and then fetched again. */
    private static Supplier<String> renewedBefore(Duration margin, Supplier<String> fetch) {
        return new Supplier<>() {
            private String token;
            private Instant renewAfter = Instant.MIN;

            @Override
            public synchronized String get() {
                if (Instant.now().isAfter(renewAfter)) {
                    token = fetch.get();
                    renewAfter = Instant.ofEpochSecond(claims(token).path("exp").asLong())
                            .minus(margin);
                }
                return token;
            }
        };
    }

    /** A real access token for the person (direct password grant, switched on in the test and demo realm only). */
    public String token(Person person) {
        return tokenFrom(KeycloakTokens.passwordGrant(PEOPLE_CLIENT, person.username(), person.password()));
    }

    /**
     * A real access token for whoever logs in with this username and password (direct password grant), such as a person
     * that member-service invited.
     */
    public String token(String username, String password) {
        return tokenFrom(KeycloakTokens.passwordGrant(PEOPLE_CLIENT, username, password));
    }

    /** A client-credentials token of any confidential client of the realm. */
    public String clientToken(String clientId, String secret) {
        return tokenFrom(Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret));
    }

    /** The client-credentials grant asked of a confidential client: the tokens, or Keycloak's refusal (401, 400). */
    public Answer clientCredentials(String clientId, String secret) {
        return tokenAnswer(Map.of("grant_type", "client_credentials", "client_id", clientId, "client_secret", secret));
    }

    /** The realm's client with this client id, as the admin API shows it (attributes and mappers included), if any. */
    public Optional<JsonNode> findClient(String clientId) {
        JsonNode found = JSON.readTree(require(
                        admin("GET", "/clients?clientId=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8), null),
                        200,
                        "find client")
                .body());
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** Deletes the realm's client with this client id, if there is one: tests clean up the clients they made. */
    public void deleteClient(String clientId) {
        findClient(clientId)
                .ifPresent(client -> require(
                        admin("DELETE", "/clients/" + client.path("id").asString(), null),
                        204,
                        "delete client " + clientId));
    }

    /** The realm's user with exactly this username, as the admin API shows it (attributes included), if any. */
    public Optional<JsonNode> findUser(String username) {
        HttpResponse<String> found = require(
                admin(
                        "GET",
                        "/users?exact=true&briefRepresentation=false&username="
                                + URLEncoder.encode(username, StandardCharsets.UTF_8),
                        null),
                200,
                "find user");
        JsonNode users = JSON.readTree(found.body());
        return users.isEmpty() ? Optional.empty() : Optional.of(users.get(0));
    }

    /** The realm's users with exactly this email. */
    public List<JsonNode> findUsersByEmail(String email) {
        HttpResponse<String> found = require(
                admin("GET", "/users?exact=true&email=" + URLEncoder.encode(email, StandardCharsets.UTF_8), null),
                200,
                "find users by email");
        List<JsonNode> users = new ArrayList<>();
        JSON.readTree(found.body()).forEach(users::add);
        return users;
    }

    /**
     * Marks the user's email as verified and clears its {@code VERIFY_EMAIL} required action, as an operator does in
     * the admin console (the test realm has no mail server for Keycloak's own verification mail). Invited people need
     * this before the password grant lets them in ("Account is not fully set up" otherwise).
     */
    public void confirmEmailAsOperator(String username) {
        JsonNode user = findUser(username).orElseThrow(() -> new IllegalStateException("no user " + username));
        ObjectNode updated = ((ObjectNode) user).deepCopy();
        updated.put("emailVerified", true);
        ArrayNode actions = updated.putArray("requiredActions");
        user.path("requiredActions").forEach(action -> {
            if (!action.asString().equals("VERIFY_EMAIL")) {
                actions.add(action.asString());
            }
        });
        require(
                admin("PUT", "/users/" + user.path("id").asString(), JSON.writeValueAsString(updated)),
                204,
                "confirm the email of " + username);
    }

    /** The realm roles mapped to the user directly (not through the default composite). */
    public List<String> realmRolesOf(String userId) {
        HttpResponse<String> roles =
                require(admin("GET", "/users/" + userId + "/role-mappings/realm", null), 200, "read realm roles");
        List<String> names = new ArrayList<>();
        JSON.readTree(roles.body()).forEach(role -> names.add(role.path("name").asString()));
        return names;
    }

    /** The user's credentials as the admin API shows them (type, temporary flag; never the secret data). */
    public List<JsonNode> credentialsOf(String userId) {
        HttpResponse<String> credentials =
                require(admin("GET", "/users/" + userId + "/credentials", null), 200, "read credentials");
        List<JsonNode> all = new ArrayList<>();
        JSON.readTree(credentials.body()).forEach(all::add);
        return all;
    }

    /** The user's sessions in Keycloak (single sign-on sessions), as the admin API lists them. */
    public List<JsonNode> sessionsOf(String userId) {
        HttpResponse<String> sessions =
                require(admin("GET", "/users/" + userId + "/sessions", null), 200, "read sessions");
        List<JsonNode> all = new ArrayList<>();
        JSON.readTree(sessions.body()).forEach(all::add);
        return all;
    }

    /** Ends all of the user's sessions in Keycloak, as an administrator does in the console ("Sign out"). */
    public void endSessions(String userId) {
        require(admin("POST", "/users/" + userId + "/logout", null), 204, "end the sessions of " + userId);
    }

    /**
     * Sets one attribute of a client of the realm (such as {@code access.token.lifespan}, in seconds) and answers its
     * value before, or null; a null value removes it (Keycloak removes an attribute sent empty). For tests that need
     * short-lived tokens of a real client.
     */
    public String setClientAttribute(String clientId, String attribute, String value) {
        JsonNode found = JSON.readTree(require(
                        admin("GET", "/clients?clientId=" + URLEncoder.encode(clientId, StandardCharsets.UTF_8), null),
                        200,
                        "find client")
                .body());
        if (found.isEmpty()) {
            throw new IllegalStateException("no client " + clientId);
        }
        ObjectNode client = (ObjectNode) found.get(0);
        ObjectNode attributes =
                client.has("attributes") ? (ObjectNode) client.get("attributes") : client.putObject("attributes");
        String before = attributes.has(attribute) ? attributes.get(attribute).asString() : null;
        attributes.put(attribute, value == null ? "" : value);
        require(
                admin("PUT", "/clients/" + client.path("id").asString(), client.toString()),
                204,
                "update client " + clientId);
        return before;
    }

    /**
     * Points the realm's SMTP server at another port (a closed one, for tests of a mail server that cannot be reached)
     * and answers a step that points it back at the test JVM's GreenMail ({@link TestMail}).
     */
    public Runnable pointSmtpAt(int port) {
        ObjectNode realm = JSON.createObjectNode();
        ObjectNode smtp = realm.putObject("smtpServer");
        smtp.put("host", TestMail.instance().host());
        smtp.put("port", String.valueOf(port));
        smtp.put("from", MAIL_FROM);
        smtp.put("fromDisplayName", "Skill Alliance");
        smtp.put("starttls", "false");
        smtp.put("ssl", "false");
        smtp.put("auth", "false");
        require(admin("PUT", "", realm.toString()), 204, "set the realm's SMTP server");
        return () -> {
            smtp.put("port", String.valueOf(TestMail.instance().port()));
            require(admin("PUT", "", realm.toString()), 204, "set the realm's SMTP server back");
        };
    }

    /** An answer of Keycloak's, for tests that look at refusals as well as successes. */
    public record Answer(int status, String body) {

        public JsonNode json() {
            return JSON.readTree(body);
        }
    }

    /**
     * Sets the user's password as an administrator does ({@code reset-password} of the admin API), under the realm's
     * password policy: 204, or 400 with the policy's message key (e.g. {@code invalidPasswordMinLengthMessage}).
     */
    public Answer setPassword(String userId, String password) {
        ObjectNode credential = JSON.createObjectNode();
        credential.put("type", "password");
        credential.put("value", password);
        credential.put("temporary", false);
        HttpResponse<String> answer = admin("PUT", "/users/" + userId + "/reset-password", credential.toString());
        return new Answer(answer.statusCode(), answer.body());
    }

    /** The whole token answer of the people client's password grant (access, refresh and ID token), or the refusal. */
    public Answer passwordGrant(String username, String password) {
        return passwordGrant(PEOPLE_CLIENT, username, password);
    }

    /** The password grant asked of any public client of the realm: the tokens, or the refusal. */
    public Answer passwordGrant(String clientId, String username, String password) {
        return tokenAnswer(KeycloakTokens.passwordGrant(clientId, username, password));
    }

    /** Redeems a refresh token of the people client: new tokens, or the refusal. */
    public Answer refresh(String refreshToken) {
        return tokenAnswer(
                Map.of("grant_type", "refresh_token", "client_id", PEOPLE_CLIENT, "refresh_token", refreshToken));
    }

    /**
     * The realm's recorded login events of one type (e.g. {@code LOGIN_ERROR}), newest first: of one user, or all of them
     * when userId is null (some errors name no user: a refused refresh token names its subject in the details only).
     */
    public List<JsonNode> events(String type, String userId) {
        HttpResponse<String> events = require(
                admin("GET", "/events?type=" + type + (userId == null ? "" : "&user=" + userId), null),
                200,
                "read events");
        List<JsonNode> all = new ArrayList<>();
        JSON.readTree(events.body()).forEach(all::add);
        return all;
    }

    /** A GET of the realm's admin API with someone's own access token, as the realm's admin console sends it. */
    public Answer adminApiAs(String accessToken, String path) {
        HttpResponse<String> answer =
                send(HttpRequest.newBuilder(URI.create(baseUrl() + "/admin/realms/" + realm + path))
                        .header("Authorization", "Bearer " + accessToken)
                        .GET()
                        .build());
        return new Answer(answer.statusCode(), answer.body());
    }

    private Answer tokenAnswer(Map<String, String> form) {
        HttpResponse<String> answer = send(KeycloakTokens.request(issuer(), form));
        return new Answer(answer.statusCode(), answer.body());
    }

    /** A real access token for the funder's system (client credentials). */
    public String token(FunderSystem system) {
        return clientToken(system.clientId(), system.secret());
    }

    /** The claims of a token, decoded without verification (for tests that look inside). */
    public static JsonNode claims(String token) {
        String payload = token.split("\\.")[1];
        return JSON.readTree(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8));
    }

    private String tokenFrom(Map<String, String> form) {
        return tokenFrom(issuer(), form);
    }

    private String tokenFrom(String realmAddress, Map<String, String> form) {
        HttpResponse<String> response = send(KeycloakTokens.request(realmAddress, form));
        require(response, 200, "token");
        return JSON.readTree(response.body()).path("access_token").asString();
    }

    private HttpResponse<String> admin(String method, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + "/admin/realms/" + realm + path))
                .header("Authorization", "Bearer " + masterAdminToken())
                .header("Content-Type", "application/json")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return send(request.build());
    }

    private String masterAdminToken() {
        return masterAdminTokens.get();
    }

    private String newMasterAdminToken() {
        HttpResponse<String> response = send(KeycloakTokens.masterAdmin(baseUrl(), server.adminPassword()));
        require(response, 200, "admin token");
        return JSON.readTree(response.body()).path("access_token").asString();
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<String> require(HttpResponse<String> response, int status, String what) {
        if (response.statusCode() != status) {
            throw new IllegalStateException(what + " answered " + response.statusCode() + ": " + response.body());
        }
        return response;
    }

    // ---- start ----

    /**
     * {@link KeycloakDistribution#jvmOptions} with 768 MB of heap instead of kc.sh's 512 MB, since one server holds the
     * realms of every test JVM of the build.
     */
    static final List<String> JVM_OPTIONS = KeycloakDistribution.jvmOptions("768m");

    private static TestKeycloak start() {
        try {
            SharedKeycloakServer server = SharedKeycloakServer.findOrStart(
                    KeycloakDistribution.unpacked(VERSION, System.out),
                    JVM_OPTIONS,
                    keycloakFolder().resolve("password-blacklists"));
            String realm = REALM_EXPORT + "-" + ProcessHandle.current().pid() + "-"
                    + UUID.randomUUID().toString().substring(0, 8);
            String memberServiceClientSecret = SharedKeycloakServer.randomSecret();
            TestMail mail = TestMail.instance();
            // the export names these as placeholders, which Keycloak fills in from its environment at a start's import;
            // a realm created through the admin API gets them filled in here
            Map<String, String> placeholders = Map.of(
                    "MEMBER_SERVICE_CLIENT_SECRET",
                    memberServiceClientSecret,
                    "SMTP_HOST",
                    mail.host(),
                    "SMTP_PORT",
                    String.valueOf(mail.port()),
                    "SMTP_FROM",
                    MAIL_FROM,
                    "SMTP_STARTTLS",
                    "false",
                    "SMTP_AUTH",
                    "false",
                    // the people client's base address (the "back to application" link after a set-password email)
                    "GATEWAY_PUBLIC_URL",
                    "http://localhost:8080");
            TestKeycloak keycloak = new TestKeycloak(server, realm, memberServiceClientSecret);
            keycloak.importRealm(fillIn(testRealm(realm), placeholders));
            Runtime.getRuntime().addShutdownHook(new Thread(keycloak::deleteRealm, "test-keycloak-realm-delete"));
            return keycloak;
        } catch (IOException e) {
            throw new UncheckedIOException("the test realm could not be imported", e);
        }
    }

    private void importRealm(String representation) {
        HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(baseUrl() + "/admin/realms"))
                .header("Authorization", "Bearer " + masterAdminToken())
                .header("Content-Type", "application/json")
                .timeout(Duration.ofMinutes(2))
                .POST(HttpRequest.BodyPublishers.ofString(representation))
                .build());
        if (created.statusCode() != 201) {
            throw new IllegalStateException("Keycloak refused the test realm " + realm + ": " + created.statusCode()
                    + " " + created.body() + " (its log: " + server.log() + ")");
        }
    }

    /** Best effort at the JVM's end: the shared server should not keep the realms of finished modules. */
    private void deleteRealm() {
        try {
            send(HttpRequest.newBuilder(URI.create(baseUrl() + "/admin/realms/" + realm))
                    .header("Authorization", "Bearer " + masterAdminToken())
                    .timeout(Duration.ofSeconds(10))
                    .DELETE()
                    .build());
        } catch (RuntimeException serverAlreadyGone) {
            // the watchdog stopped it, or it died: nothing left to delete
        }
    }

    /**
     * The export's {@code ${NAME}} and {@code ${NAME:default}} placeholders of upper-case names, as Keycloak fills them
     * in at import (Keycloak's own message keys such as {@code ${username}} are lower-case and stay).
     */
    static String fillIn(String export, Map<String, String> values) {
        Matcher placeholder =
                Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::([^}]*))?}").matcher(export);
        StringBuilder filled = new StringBuilder();
        while (placeholder.find()) {
            String value = values.getOrDefault(placeholder.group(1), placeholder.group(2));
            if (value == null) {
                throw new IllegalStateException("the realm export names ${" + placeholder.group(1)
                        + "} without a default, and the test realm has no value for it");
            }
            placeholder.appendReplacement(filled, Matcher.quoteReplacement(value));
        }
        return placeholder.appendTail(filled).toString();
    }

    /**
     * The realm of infra/keycloak with two changes for tests only: the direct password grant switched on for the people
     * client, and its redirect and sign-out addresses open to any port of localhost (the tests' gateways run on free
     * ports; the export takes the one public address from {@code GATEWAY_PUBLIC_URL}). Everything else, the password
     * policy, the second factor's sign-in flow, token rotation and events, is the production export's.
     */
    static String testRealm(String name) throws IOException {
        ObjectNode realm =
                (ObjectNode) JSON.readTree(Files.readString(keycloakFolder().resolve(REALM_EXPORT + "-realm.json")));
        realm.put("realm", name);
        for (JsonNode client : realm.path("clients")) {
            if (PEOPLE_CLIENT.equals(client.path("clientId").asString())) {
                ObjectNode people = (ObjectNode) client;
                people.put("directAccessGrantsEnabled", true);
                people.putArray("redirectUris").add("http://localhost:*").add("http://127.0.0.1:*");
                people.putArray("webOrigins").add("+");
                ((ObjectNode) people.path("attributes")).put("post.logout.redirect.uris", "+");
            }
        }
        return realm.toString();
    }

    /** The repository's infra/keycloak folder: the realm export and the password deny-list. */
    private static Path keycloakFolder() {
        Path dir = Path.of("").toAbsolutePath();
        for (int up = 0; up < 4 && dir != null; up++, dir = dir.getParent()) {
            Path candidate = dir.resolve("infra/keycloak");
            if (Files.isRegularFile(candidate.resolve(REALM_EXPORT + "-realm.json"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("infra/keycloak/" + REALM_EXPORT + "-realm.json not found above "
                + Path.of("").toAbsolutePath());
    }
}
