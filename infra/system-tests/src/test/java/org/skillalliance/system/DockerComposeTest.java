package org.skillalliance.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * No Docker engine runs here, so docker-compose.yml cannot be started in this build; instead it is held to the
 * services' own configuration: every part present, health checks and start order, and the environment variables,
 * databases, addresses and realm that the applications actually read.
 */
class DockerComposeTest {

    static final Path ROOT = Path.of(System.getProperty("services.root", "../.."))
            .toAbsolutePath()
            .normalize();
    static final List<String> SERVICES =
            List.of("member-service", "curriculum-service", "funding-service", "reporting-service");
    static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z_]+)(?::[^}]*)?}");

    @SuppressWarnings("unchecked")
    static final Map<String, Map<String, Object>> COMPOSE = (Map<String, Map<String, Object>>)
            ((Map<String, Object>) new Yaml().load(read(ROOT.resolve("docker-compose.yml")))).get("services");

    @Test
    void everyPartOfThePlatformIsThereWithAHealthCheck() {
        assertThat(COMPOSE).containsKeys("postgres", "kafka", "keycloak", "gateway");
        assertThat(COMPOSE).containsKeys(SERVICES.toArray(String[]::new));
        COMPOSE.forEach((name, service) -> assertThat(service).as(name).containsKey("healthcheck"));
    }

    @Test
    void servicesStartAfterTheirInfrastructureAndTheGatewayAfterTheServices() {
        for (String service : SERVICES) {
            assertThat(conditions(service))
                    .as(service)
                    .containsEntry("postgres", "service_healthy")
                    .containsEntry("kafka", "service_healthy")
                    .containsEntry("keycloak", "service_healthy");
        }
        for (String service : SERVICES) {
            assertThat(conditions("gateway")).containsEntry(service, "service_healthy");
        }
        assertThat(conditions("gateway")).containsEntry("keycloak", "service_healthy");
    }

    @Test
    void eachServiceIsBuiltFromItsOwnJarAndGivenOnlyVariablesItReads() throws IOException {
        assertThat(ROOT.resolve("infra/docker/service.Dockerfile")).isRegularFile();
        for (String service : concat(SERVICES, "gateway")) {
            Map<String, Object> build = map(COMPOSE.get(service).get("build"));
            assertThat(map(build.get("args"))).as(service).containsEntry("SERVICE", service);
            String config = read(ROOT.resolve(service).resolve("src/main/resources/application.yml"));
            List<String> readByService = placeholders(config);
            Map<String, Object> environment = map(COMPOSE.get(service).get("environment"));
            for (String variable : environment.keySet()) {
                if (!variable.equals("PORT") && !variable.equals("JAVA_TOOL_OPTIONS")) {
                    assertThat(readByService)
                            .as("%s reads %s", service, variable)
                            .contains(variable);
                }
            }
            assertThat(environment).as(service).containsKeys("KEYCLOAK_ISSUER", "KEYCLOAK_JWKS");
            if (!service.equals("gateway")) {
                assertThat(environment).as(service).containsKey("KAFKA_BOOTSTRAP");
            }
        }
    }

    @Test
    void eachServiceHasItsOwnDatabaseCreatedAtFirstStart() {
        String init = read(ROOT.resolve("infra/docker/postgres-init.sql"));
        for (String service : SERVICES) {
            String prefix = service.replace("-service", "").toUpperCase();
            Map<String, Object> environment = map(COMPOSE.get(service).get("environment"));
            String database = service.replace("-service", "");
            assertThat(environment.get(prefix + "_DB_URL")).isEqualTo("jdbc:postgresql://postgres:5432/" + database);
            assertThat(init).contains("CREATE DATABASE " + database + " OWNER " + environment.get(prefix + "_DB_USER"));
        }
    }

    @Test
    void theGatewayReachesEachServiceWhereItListens() {
        Map<String, Object> gateway = map(COMPOSE.get("gateway").get("environment"));
        for (String service : SERVICES) {
            String prefix = service.replace("-service", "").toUpperCase();
            String port =
                    String.valueOf(map(COMPOSE.get(service).get("environment")).get(prefix + "_PORT"));
            assertThat(gateway.get(prefix + "_URL")).isEqualTo("http://" + service + ":" + port);
        }
        assertThat(map(COMPOSE.get("curriculum-service").get("environment")).get("FUNDING_URL"))
                .isEqualTo("http://funding-service:"
                        + map(COMPOSE.get("funding-service").get("environment")).get("FUNDING_PORT"));
    }

    @Test
    void keycloakImportsTheRealmTheServicesTrust() {
        String realm = read(ROOT.resolve("infra/keycloak/skill-alliance-realm.json"));
        assertThat(realm).contains("\"realm\": \"skill-alliance\"");
        assertThat(String.valueOf(COMPOSE.get("keycloak").get("volumes")))
                .contains("./infra/keycloak/skill-alliance-realm.json:/opt/keycloak/data/import/");
        for (String service : concat(SERVICES, "gateway")) {
            Map<String, Object> environment = map(COMPOSE.get(service).get("environment"));
            assertThat(environment.get("KEYCLOAK_ISSUER")).isEqualTo("http://localhost:8180/realms/skill-alliance");
            assertThat(String.valueOf(environment.get("KEYCLOAK_JWKS")))
                    .startsWith("http://keycloak:8180/realms/skill-alliance/");
        }
    }

    /**
     * The web app's sign-in through the gateway: the browser is sent to Keycloak where the host sees it, the gateway
     * redeems the code and refreshes tokens inside the network, and the realm's people client lets the browser come
     * back to the gateway (after sign-in and after sign-out).
     */
    @Test
    @SuppressWarnings("unchecked")
    void theGatewaySendsBrowsersToKeycloaksPublicAddressAndCallsItInsideTheNetwork() {
        Map<String, Object> gateway = map(COMPOSE.get("gateway").get("environment"));
        assertThat(gateway.get("KEYCLOAK_PUBLIC_REALM_URL")).isEqualTo(gateway.get("KEYCLOAK_ISSUER"));
        assertThat(gateway.get("KEYCLOAK_INTERNAL_REALM_URL")).isEqualTo("http://keycloak:8180/realms/skill-alliance");
        assertThat(String.valueOf(COMPOSE.get("keycloak").get("command"))).contains("--http-port=8180");
        assertThat(map(COMPOSE.get("keycloak").get("environment")))
                .containsEntry("KC_HOSTNAME", "http://localhost:8180")
                .containsEntry("KC_HOSTNAME_BACKCHANNEL_DYNAMIC", "true");
        // the password policy's deny-list, where Keycloak looks for it
        assertThat(String.valueOf(COMPOSE.get("keycloak").get("volumes")))
                .contains("./infra/keycloak/password-blacklists:/opt/keycloak/data/password-blacklists");
        assertThat(String.valueOf(COMPOSE.get("gateway").get("ports"))).contains("8080:8080");

        Map<String, Object> realm =
                (Map<String, Object>) new Yaml().load(read(ROOT.resolve("infra/keycloak/skill-alliance-realm.json")));
        Map<String, Object> web = ((List<Map<String, Object>>) realm.get("clients"))
                .stream()
                        .filter(c -> "skill-alliance-web".equals(c.get("clientId")))
                        .findFirst()
                        .orElseThrow();
        assertThat(web)
                .containsEntry("publicClient", true)
                .containsEntry("standardFlowEnabled", true)
                .containsEntry("implicitFlowEnabled", false)
                .containsEntry("directAccessGrantsEnabled", false);
        assertThat(map(web.get("attributes"))).containsEntry("pkce.code.challenge.method", "S256");
        // the export's addresses are placeholders that Keycloak fills in from its environment at import
        String publicUrl =
                String.valueOf(map(COMPOSE.get("keycloak").get("environment")).get("GATEWAY_PUBLIC_URL"));
        assertThat(publicUrl).isEqualTo(gateway.get("GATEWAY_PUBLIC_URL"));
        List<String> redirects = ((List<String>) web.get("redirectUris"))
                .stream()
                        .map(uri -> uri.replace("${GATEWAY_PUBLIC_URL}", publicUrl))
                        .toList();
        assertThat(redirects.stream().anyMatch(uri -> allows(uri, "http://localhost:8080/login/oauth2/code/keycloak")))
                .as("%s admits the gateway's sign-in callback", redirects)
                .isTrue();
        String postLogout = String.valueOf(map(web.get("attributes")).get("post.logout.redirect.uris"))
                .replace("${GATEWAY_PUBLIC_URL}", publicUrl);
        List<String> afterSignOut = postLogout.equals("+") ? redirects : List.of(postLogout.split("##"));
        assertThat(afterSignOut.stream().anyMatch(uri -> allows(uri, "http://localhost:8080/")))
                .as("%s admits the gateway's home after sign-out", afterSignOut)
                .isTrue();
    }

    /** Keycloak's redirect URI patterns: exact, or a prefix ending in {@code *}. */
    private static boolean allows(String pattern, String uri) {
        return pattern.endsWith("*") ? uri.startsWith(pattern.substring(0, pattern.length() - 1)) : pattern.equals(uri);
    }

    @Test
    @SuppressWarnings("unchecked")
    void keycloakAndMemberServiceGetTheInvitationClientSecretOnlyFromTheEnvironment() {
        Map<String, Object> keycloak = map(COMPOSE.get("keycloak").get("environment"));
        Map<String, Object> member = map(COMPOSE.get("member-service").get("environment"));
        String required = "${MEMBER_SERVICE_CLIENT_SECRET:?";
        assertThat(String.valueOf(keycloak.get("MEMBER_SERVICE_CLIENT_SECRET")))
                .as("required, never a literal")
                .startsWith(required);
        assertThat(member.get("MEMBER_SERVICE_CLIENT_SECRET")).isEqualTo(keycloak.get("MEMBER_SERVICE_CLIENT_SECRET"));
        assertThat(member.get("KEYCLOAK_URL")).isEqualTo("http://keycloak:8180");
        for (String service :
                concat(List.of("curriculum-service", "funding-service", "reporting-service"), "gateway")) {
            assertThat(map(COMPOSE.get(service).get("environment")))
                    .as(service)
                    .doesNotContainKey("MEMBER_SERVICE_CLIENT_SECRET");
        }

        // the realm export names the secret as Keycloak's import placeholder, and holds no other client secret
        Map<String, Object> realm =
                (Map<String, Object>) new Yaml().load(read(ROOT.resolve("infra/keycloak/skill-alliance-realm.json")));
        List<Map<String, Object>> clients = (List<Map<String, Object>>) realm.get("clients");
        Map<String, Object> client = clients.stream()
                .filter(c -> "member-service".equals(c.get("clientId")))
                .findFirst()
                .orElseThrow();
        assertThat(client)
                .containsEntry("secret", "${MEMBER_SERVICE_CLIENT_SECRET}")
                .containsEntry("publicClient", false)
                .containsEntry("serviceAccountsEnabled", true)
                .containsEntry("standardFlowEnabled", false)
                .containsEntry("directAccessGrantsEnabled", false);
        clients.stream()
                .filter(c -> c != client)
                .forEach(other -> assertThat(other)
                        .as(String.valueOf(other.get("clientId")))
                        .doesNotContainKey("secret"));

        String config = read(ROOT.resolve("member-service/src/main/resources/application.yml"));
        assertThat(config).contains("${KEYCLOAK_URL:", "${MEMBER_SERVICE_CLIENT_SECRET:}");
    }

    /**
     * The services' health checks ask /readyz on their own port (actuator itself is on the management port), and
     * the optional Prometheus (profile observability) scrapes every part on its management port, as
     * infra/observability/prometheus.yml says, with the alert rules beside it.
     */
    @Test
    @SuppressWarnings("unchecked")
    void healthIsAskedOnTheServicePortAndPrometheusScrapesEveryManagementPort() {
        for (String service : concat(SERVICES, "gateway")) {
            assertThat(String.valueOf(
                            map(COMPOSE.get(service).get("healthcheck")).get("test")))
                    .as(service)
                    .contains("GET /readyz ")
                    .contains("$${PORT}");
        }
        Map<String, Object> prometheus = COMPOSE.get("prometheus");
        assertThat(prometheus).as("the optional Prometheus").isNotNull();
        assertThat((List<String>) prometheus.get("profiles")).containsExactly("observability");
        assertThat((List<String>) prometheus.get("volumes"))
                .contains(
                        "./infra/observability/prometheus.yml:/etc/prometheus/prometheus.yml:ro",
                        "./infra/observability/alert-rules.yml:/etc/prometheus/alert-rules.yml:ro");

        Map<String, Object> config =
                (Map<String, Object>) new Yaml().load(read(ROOT.resolve("infra/observability/prometheus.yml")));
        assertThat((List<String>) config.get("rule_files")).containsExactly("alert-rules.yml");
        Map<String, String> targets = new java.util.TreeMap<>();
        for (Map<String, Object> job : (List<Map<String, Object>>) config.get("scrape_configs")) {
            assertThat(job)
                    .as(String.valueOf(job.get("job_name")))
                    .containsEntry("metrics_path", "/actuator/prometheus");
            List<Map<String, Object>> statics = (List<Map<String, Object>>) job.get("static_configs");
            targets.put(String.valueOf(job.get("job_name")), String.join(",", (List<String>)
                    statics.getFirst().get("targets")));
        }
        Map<String, String> expected = new java.util.TreeMap<>();
        for (String part : concat(SERVICES, "gateway")) {
            expected.put(part, part + ":" + KubernetesManifestsTest.managementPort(part));
        }
        assertThat(targets).isEqualTo(expected);
    }

    private static Map<String, String> conditions(String service) {
        Map<String, Object> dependsOn = map(COMPOSE.get(service).get("depends_on"));
        Map<String, String> conditions = new java.util.HashMap<>();
        dependsOn.forEach(
                (name, spec) -> conditions.put(name, String.valueOf(map(spec).get("condition"))));
        return conditions;
    }

    private static List<String> placeholders(String config) {
        Matcher matcher = PLACEHOLDER.matcher(config);
        List<String> found = new java.util.ArrayList<>();
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    private static List<String> concat(List<String> services, String another) {
        List<String> all = new java.util.ArrayList<>(services);
        all.add(another);
        return all;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
