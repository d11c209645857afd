package org.skillalliance.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * No cluster runs here, so infra/k8s cannot be installed in this build; instead each overlay is rendered with
 * {@code kubectl kustomize}, as {@code kubectl apply -k} would render it, and the objects are held to the services' own
 * configuration (as {@link DockerComposeTest} holds docker-compose.yml): probes, resources, disruption budgets,
 * autoscalers, non-root pods, every variable each application reads, the event catalogue's topics, a database per
 * service, the realm exactly as the repository holds it, and no secret written into the manifests. Without kubectl
 * the tests are skipped with a message, never passed (docs/deployment.md, "Checking the manifests").
 * The core objects are also read into the Kubernetes API's model classes, which refuse unknown fields; the operators'
 * resources are not schema-checked (no model of them is at hand offline).
 */
class KubernetesManifestsTest {

    static final Path ROOT = DockerComposeTest.ROOT;
    static final Path K8S = ROOT.resolve("infra/k8s");
    static final List<String> SERVICES =
            List.of("member-service", "curriculum-service", "funding-service", "reporting-service");
    static final List<String> ALL =
            List.of("gateway", "member-service", "curriculum-service", "funding-service", "reporting-service");
    /** Secrets the operator creates by hand (docs/deployment.md, "Secrets"); all others come from CloudNativePG. */
    static final Set<String> CREATED_BY_HAND =
            Set.of("member-service-client", "smtp-relay", "credential-signing-key", "reporting-erasure-key");
    /**
     * Names that hold a secret wherever they appear: only ever read from a Secret. The one exception is the public
     * address of the verifiable credentials ({@code CREDENTIALS_PUBLIC_BASE_URL}, docs/credentials.md), a URL that
     * names credentials without holding any.
     */
    static final Pattern SECRET_NAME = Pattern.compile(
            "(?i)(?!CREDENTIALS_PUBLIC_BASE_URL$).*(password|passwd|secret|credential|api_?key|private_?key).*");

    private static final Map<String, List<Map<String, Object>>> RENDERED = new ConcurrentHashMap<>();

    static final String NO_KUBECTL = "kubectl is not installed (looked for $KUBECTL, then on PATH): the Kubernetes"
            + " manifests are NOT checked. Install kubectl 1.27+ and run"
            + " ./mvnw -pl infra/system-tests -am verify -Dtest=KubernetesManifestsTest (docs/deployment.md)";
    private static final java.util.concurrent.atomic.AtomicBoolean TOLD =
            new java.util.concurrent.atomic.AtomicBoolean();

    /**
     * Per test, not per class: a class-level assumption shows as "0 tests run", this as skipped tests; the reason is
     * written once to the test's output as well (surefire-reports/...-output.txt), since the summary shows only the count.
     */
    @BeforeEach
    void kubectlIsThere() {
        if (kubectl().isEmpty() && !TOLD.getAndSet(true)) {
            System.err.println("WARNING KubernetesManifestsTest: " + NO_KUBECTL);
        }
        Assumptions.assumeTrue(kubectl().isPresent(), NO_KUBECTL);
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void everyServiceRunsFromItsImageAsANonRootUserWithProbesAndResources(String overlay) {
        List<Map<String, Object>> objects = render(overlay);
        assertThat(names(objects, "Deployment")).as(overlay).containsExactlyInAnyOrderElementsOf(ALL);
        for (Map<String, Object> deployment : of(objects, "Deployment")) {
            String name = name(deployment);
            Map<String, Object> pod =
                    map(map(map(deployment.get("spec")).get("template")).get("spec"));
            Map<String, Object> podSecurity = map(pod.get("securityContext"));
            assertThat(podSecurity)
                    .as("%s: pod securityContext", name)
                    .containsEntry("runAsNonRoot", true)
                    .containsEntry("runAsUser", 10001)
                    .containsEntry("runAsGroup", 10001);
            Set<String> emptyDirs = new HashSet<>();
            for (Map<String, Object> volume : list(pod.get("volumes"))) {
                if (volume.containsKey("emptyDir")) {
                    emptyDirs.add(String.valueOf(volume.get("name")));
                }
            }
            List<Map<String, Object>> containers = list(pod.get("containers"));
            assertThat(containers).as(name).hasSize(1);
            Map<String, Object> container = containers.getFirst();
            // docs/images.md: skill-alliance/<service>, whichever registry an overlay puts in front
            assertThat(String.valueOf(container.get("image"))).as(name).contains("skill-alliance/" + name + ":");

            int port = servicePort(name);
            assertThat(list(container.get("ports")))
                    .as("%s listens on %d", name, port)
                    .anySatisfy(p -> assertThat(p).containsEntry("name", "http").containsEntry("containerPort", port));
            // the health groups answer on the service port too (management.endpoint.health.probes.add-additional-paths)
            assertProbe(name, container, "startupProbe", "/livez");
            assertProbe(name, container, "readinessProbe", "/readyz");
            assertProbe(name, container, "livenessProbe", "/livez");

            Map<String, Object> resources = map(container.get("resources"));
            assertThat(map(resources.get("requests"))).as("%s requests", name).containsKeys("cpu", "memory");
            assertThat(map(resources.get("limits"))).as("%s limits", name).containsKey("memory");

            Map<String, Object> security = map(container.get("securityContext"));
            assertThat(security)
                    .as("%s: container securityContext", name)
                    .containsEntry("allowPrivilegeEscalation", false)
                    .containsEntry("readOnlyRootFilesystem", true);
            assertThat(String.valueOf(map(security.get("capabilities")).get("drop")))
                    .as(name)
                    .contains("ALL");
            // with a read-only root, Spring Boot and the JVM write to /tmp: an emptyDir
            assertThat(list(container.get("volumeMounts")))
                    .as("%s mounts an emptyDir at /tmp", name)
                    .anySatisfy(m -> assertThat(m.get("mountPath")).isEqualTo("/tmp"))
                    .filteredOn(m -> "/tmp".equals(m.get("mountPath")))
                    .allSatisfy(m -> assertThat(emptyDirs).contains(String.valueOf(m.get("name"))));

            Map<String, Object> service = named(objects, "Service", name);
            assertThat(map(map(service.get("spec")).get("selector")))
                    .as("the Service %s selects its pods", name)
                    .isEqualTo(matchLabels(deployment));
            assertThat(list(map(service.get("spec")).get("ports")))
                    .as(name)
                    .anySatisfy(p -> assertThat(p).containsEntry("port", port));
        }
    }

    /**
     * Actuator, the Prometheus scrape among it, answers on the management port: a named container port, announced to
     * Prometheus by the pod's annotations, given to the service as its {@code <PREFIX>_MANAGEMENT_PORT}, and exposed by
     * no Service (so no Ingress can reach it).
     */
    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void everyPartsMetricsAreOnItsManagementPortWhichNoServiceExposes(String overlay) {
        List<Map<String, Object>> objects = render(overlay);
        for (String name : ALL) {
            Map<String, Object> deployment = named(objects, "Deployment", name);
            Map<String, Object> template = map(map(deployment.get("spec")).get("template"));
            Map<String, Object> container =
                    list(map(template.get("spec")).get("containers")).getFirst();
            int management = managementPort(name);
            assertThat(list(container.get("ports")))
                    .as("%s's management port %d", name, management)
                    .anySatisfy(p -> assertThat(p)
                            .containsEntry("name", "management")
                            .containsEntry("containerPort", management));
            assertThat(environment(objects, name).get(prefix(name) + "_MANAGEMENT_PORT"))
                    .as(name)
                    .isEqualTo(String.valueOf(management));
            assertThat(map(map(template.get("metadata")).get("annotations")))
                    .as("%s's scrape annotations", name)
                    .containsEntry("prometheus.io/scrape", "true")
                    .containsEntry("prometheus.io/port", String.valueOf(management))
                    .containsEntry("prometheus.io/path", "/actuator/prometheus");
        }
        for (Map<String, Object> service : of(objects, "Service")) {
            assertThat(list(map(service.get("spec")).get("ports")))
                    .as("the Service %s", name(service))
                    .allSatisfy(p -> assertThat(String.valueOf(p.get("targetPort")))
                            .isNotEqualTo("management")
                            .isNotIn(ALL.stream()
                                    .map(part -> String.valueOf(managementPort(part)))
                                    .toList()));
        }
    }

    private static void assertProbe(String service, Map<String, Object> container, String probe, String path) {
        assertThat(container).as("%s has a %s", service, probe).containsKey(probe);
        Map<String, Object> httpGet = map(map(container.get(probe)).get("httpGet"));
        assertThat(httpGet)
                .as("%s %s", service, probe)
                .containsEntry("path", path)
                .containsEntry("port", "http");
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void everyServiceHasADisruptionBudgetAndAutoscalersTargetRealDeployments(String overlay) {
        List<Map<String, Object>> objects = render(overlay);
        for (Map<String, Object> deployment : of(objects, "Deployment")) {
            Map<String, Object> podLabels =
                    map(map(map(map(deployment.get("spec")).get("template")).get("metadata"))
                            .get("labels"));
            assertThat(of(objects, "PodDisruptionBudget"))
                    .as("a PodDisruptionBudget selects %s", name(deployment))
                    .anySatisfy(pdb -> assertThat(podLabels)
                            .containsAllEntriesOf(map(
                                    map(map(pdb.get("spec")).get("selector")).get("matchLabels")))
                            .isNotEmpty());
        }
        for (Map<String, Object> hpa : of(objects, "HorizontalPodAutoscaler")) {
            Map<String, Object> target = map(map(hpa.get("spec")).get("scaleTargetRef"));
            assertThat(target).as(name(hpa)).containsEntry("kind", "Deployment");
            assertThat(names(objects, "Deployment"))
                    .as("%s scales a Deployment that exists", name(hpa))
                    .contains(String.valueOf(target.get("name")));
            assertThat(String.valueOf(map(hpa.get("spec")).get("metrics")))
                    .as(name(hpa))
                    .contains("name=cpu");
        }
        if (overlay.equals("production")) {
            // two or more of everything, set by the autoscaler alone (a replica count in the Deployment would fight it)
            for (Map<String, Object> deployment : of(objects, "Deployment")) {
                Map<String, Object> hpa = of(objects, "HorizontalPodAutoscaler").stream()
                        .filter(h -> name(deployment)
                                .equals(map(map(h.get("spec")).get("scaleTargetRef"))
                                        .get("name")))
                        .findFirst()
                        .orElseThrow(() -> new AssertionError("no autoscaler for " + name(deployment)));
                assertThat((Integer) map(hpa.get("spec")).get("minReplicas"))
                        .as(name(hpa))
                        .isGreaterThanOrEqualTo(2);
                assertThat((Integer) map(hpa.get("spec")).get("maxReplicas"))
                        .as(name(hpa))
                        .isGreaterThan(2);
                assertThat(map(deployment.get("spec"))).as(name(deployment)).doesNotContainKey("replicas");
            }
        } else {
            assertThat(of(objects, "HorizontalPodAutoscaler"))
                    .as("no autoscaling on a laptop")
                    .isEmpty();
            of(objects, "Deployment")
                    .forEach(d -> assertThat(map(d.get("spec"))).containsEntry("replicas", 1));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void eachServiceGetsEveryVariableItReadsAndNoOther(String overlay) {
        List<Map<String, Object>> objects = render(overlay);
        for (String service : ALL) {
            Map<String, Object> environment = environment(objects, service);
            Set<String> readByService = new LinkedHashSet<>(placeholders(service));
            assertThat(environment.keySet())
                    .as("%s (%s) is given every variable its application.yml reads", service, overlay)
                    .containsAll(readByService);
            assertThat(readByService)
                    .as("%s (%s) reads every variable it is given", service, overlay)
                    .containsAll(environment.keySet().stream()
                            .filter(v -> !v.equals("JAVA_TOOL_OPTIONS"))
                            .toList());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void theServicesReachEachOtherKafkaTheirDatabasesAndKeycloakWhereTheyListen(String overlay) {
        List<Map<String, Object>> objects = render(overlay);
        Map<String, Object> gateway = environment(objects, "gateway");
        for (String service : SERVICES) {
            String prefix = prefix(service);
            assertThat(gateway.get(prefix + "_URL")).isEqualTo("http://" + service + ":" + servicePort(service));
        }
        assertThat(environment(objects, "curriculum-service").get("FUNDING_URL"))
                .isEqualTo("http://funding-service:" + servicePort("funding-service"));

        Map<String, Object> kafka = only(objects, "Kafka");
        assertThat(String.valueOf(kafka.get("apiVersion"))).isEqualTo("kafka.strimzi.io/v1beta2");
        List<Map<String, Object>> listeners =
                list(map(map(kafka.get("spec")).get("kafka")).get("listeners"));
        String bootstrap =
                name(kafka) + "-kafka-bootstrap:" + listeners.getFirst().get("port");
        for (String service : SERVICES) {
            Map<String, Object> environment = environment(objects, service);
            assertThat(environment.get("KAFKA_BOOTSTRAP")).as(service).isEqualTo(bootstrap);
            String database = service.replace("-service", "");
            Map<String, Object> cluster = named(objects, "Cluster", database + "-db");
            assertThat(environment.get(prefix(service) + "_DB_URL"))
                    .as(service)
                    .isEqualTo("jdbc:postgresql://" + database + "-db-rw:5432/" + database);
            assertThat(environment.get(prefix(service) + "_DB_USER"))
                    .as(service)
                    .isEqualTo("secret " + name(cluster) + "-app/username");
            assertThat(environment.get(prefix(service) + "_DB_PASSWORD"))
                    .as(service)
                    .isEqualTo("secret " + name(cluster) + "-app/password");
        }

        Map<String, Object> keycloak = only(objects, "Keycloak");
        String issuer = map(map(keycloak.get("spec")).get("hostname")).get("hostname") + "/realms/skill-alliance";
        String internal = "http://" + name(keycloak) + "-service:8080";
        for (String service : ALL) {
            Map<String, Object> environment = environment(objects, service);
            assertThat(environment.get("KEYCLOAK_ISSUER"))
                    .as("%s accepts the tokens Keycloak issues", service)
                    .isEqualTo(issuer);
            assertThat(environment.get("KEYCLOAK_JWKS"))
                    .as(service)
                    .isEqualTo(internal + "/realms/skill-alliance/protocol/openid-connect/certs");
        }
        assertThat(gateway.get("KEYCLOAK_PUBLIC_REALM_URL")).isEqualTo(issuer);
        assertThat(gateway.get("KEYCLOAK_INTERNAL_REALM_URL")).isEqualTo(internal + "/realms/skill-alliance");
        assertThat(environment(objects, "member-service").get("KEYCLOAK_URL")).isEqualTo(internal);
        // cookies marked Secure exactly when browsers reach the gateway over HTTPS
        String publicUrl = String.valueOf(gateway.get("GATEWAY_PUBLIC_URL"));
        assertThat(gateway.get("SECURE_COOKIES")).isEqualTo(String.valueOf(publicUrl.startsWith("https://")));
        assertThat(publicUrl).startsWith(overlay.equals("production") ? "https://" : "http://localhost:");
        assertThat(issuer).startsWith(overlay.equals("production") ? "https://" : "http://localhost:");
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void theIngressServesTheGatewayAndKeycloakOnTheirPublicAddressesWithTls(String overlay) {
        List<Map<String, Object>> objects = render(overlay);
        if (overlay.equals("local")) {
            assertThat(of(objects, "Ingress"))
                    .as("local: kubectl port-forward instead")
                    .isEmpty();
            return;
        }
        Map<String, Object> ingress = only(objects, "Ingress");
        String gatewayHost = URI.create(
                        String.valueOf(environment(objects, "gateway").get("GATEWAY_PUBLIC_URL")))
                .getHost();
        Map<String, Object> keycloak = only(objects, "Keycloak");
        String keycloakHost = URI.create(String.valueOf(
                        map(map(keycloak.get("spec")).get("hostname")).get("hostname")))
                .getHost();
        List<Map<String, Object>> rules = list(map(ingress.get("spec")).get("rules"));
        assertThat(backend(rules, gatewayHost)).isEqualTo("gateway:" + servicePort("gateway"));
        assertThat(backend(rules, keycloakHost)).isEqualTo(name(keycloak) + "-service:8080");
        List<Map<String, Object>> tls = list(map(ingress.get("spec")).get("tls"));
        assertThat(tls)
                .as("TLS for both hosts")
                .anySatisfy(t -> assertThat(strings(t.get("hosts"))).contains(gatewayHost, keycloakHost));
    }

    private static String backend(List<Map<String, Object>> rules, String host) {
        Map<String, Object> rule = rules.stream()
                .filter(r -> host.equals(r.get("host")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no Ingress rule for " + host));
        Map<String, Object> service =
                map(map(list(map(rule.get("http")).get("paths")).getFirst().get("backend"))
                        .get("service"));
        Map<String, Object> port = map(service.get("port"));
        Object number =
                port.containsKey("number") ? port.get("number") : servicePort(String.valueOf(service.get("name")));
        return service.get("name") + ":" + number;
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void everyTopicOfTheCatalogueAndItsDeadLetterTopicHasAKafkaTopicWithSixPartitions(String overlay) {
        List<Map<String, Object>> objects = render(overlay);
        Set<String> expected = new LinkedHashSet<>();
        for (String topic : catalogueTopics()) {
            expected.add(topic);
            expected.add(topic + ".DLT");
        }
        Map<String, Object> kafka = only(objects, "Kafka");
        Set<String> declared = new LinkedHashSet<>();
        for (Map<String, Object> topic : of(objects, "KafkaTopic")) {
            assertThat(String.valueOf(topic.get("apiVersion"))).isEqualTo("kafka.strimzi.io/v1beta2");
            Map<String, Object> spec = map(topic.get("spec"));
            String topicName = String.valueOf(spec.getOrDefault("topicName", name(topic)));
            declared.add(topicName);
            assertThat(spec.get("partitions")).as(topicName).isEqualTo(6);
            assertThat(map(spec.get("config")))
                    .as("%s is kept forever (docs/reporting.md)", topicName)
                    .containsEntry("retention.ms", "-1");
            assertThat(map(map(topic.get("metadata")).get("labels")))
                    .as(topicName)
                    .containsEntry("strimzi.io/cluster", name(kafka));
            assertThat((Integer) spec.get("replicas"))
                    .as(topicName)
                    .isLessThanOrEqualTo(kafkaNodes(objects, name(kafka)));
        }
        assertThat(declared).as(overlay).containsExactlyInAnyOrderElementsOf(expected);
        // KRaft: no ZooKeeper, the nodes of a KafkaNodePool are the controllers
        assertThat(map(kafka.get("spec"))).doesNotContainKey("zookeeper");
        assertThat(of(objects, "KafkaNodePool"))
                .anySatisfy(
                        pool -> assertThat(String.valueOf(map(pool.get("spec")).get("roles")))
                                .contains("controller"));
    }

    private static int kafkaNodes(List<Map<String, Object>> objects, String cluster) {
        return of(objects, "KafkaNodePool").stream()
                .filter(p ->
                        cluster.equals(map(map(p.get("metadata")).get("labels")).get("strimzi.io/cluster")))
                .filter(p -> String.valueOf(map(p.get("spec")).get("roles")).contains("broker"))
                .mapToInt(p -> (Integer) map(p.get("spec")).get("replicas"))
                .sum();
    }

    /** The topics of docs/events.md's table, which must be those of {@code org.skillalliance.contracts.Topics}. */
    static Set<String> catalogueTopics() {
        Set<String> documented = new LinkedHashSet<>();
        Matcher row = Pattern.compile("(?m)^\\| `([a-z][a-z0-9.-]*\\.v\\d+)` \\|")
                .matcher(read(ROOT.resolve("docs/events.md")));
        while (row.find()) {
            documented.add(row.group(1));
        }
        Set<String> inCode = new LinkedHashSet<>();
        Matcher constant = Pattern.compile("public static final String [A-Z_]+ = \"([a-z][a-z0-9.-]*\\.v\\d+)\";")
                .matcher(read(
                        ROOT.resolve("infra/event-contracts/src/main/java/org/skillalliance/contracts/Topics.java")));
        while (constant.find()) {
            inCode.add(constant.group(1));
        }
        assertThat(documented)
                .as("docs/events.md lists the topics of Topics.java")
                .isNotEmpty()
                .containsExactlyInAnyOrderElementsOf(inCode);
        return documented;
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void oneCloudNativePgClusterPerServiceDatabase(String overlay) {
        List<Map<String, Object>> objects = render(overlay);
        for (String service : SERVICES) {
            String database = service.replace("-service", "");
            Map<String, Object> cluster = named(objects, "Cluster", database + "-db");
            assertThat(String.valueOf(cluster.get("apiVersion"))).isEqualTo("postgresql.cnpg.io/v1");
            assertThat(map(map(map(cluster.get("spec")).get("bootstrap")).get("initdb")))
                    .as(name(cluster))
                    .containsEntry("database", database)
                    .containsEntry("owner", database);
        }
        List<String> databases = of(objects, "Cluster").stream()
                .map(c -> String.valueOf(
                        map(map(map(c.get("spec")).get("bootstrap")).get("initdb"))
                                .get("database")))
                .toList();
        assertThat(databases).as("one cluster per database, none shared").doesNotHaveDuplicates();
        if (overlay.equals("production")) {
            of(objects, "Cluster")
                    .forEach(c -> assertThat((Integer) map(c.get("spec")).get("instances"))
                            .as("%s has a standby", name(c))
                            .isGreaterThanOrEqualTo(2));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void keycloakImportsTheRealmAndDenyListExactlyAsTheRepositoryHoldsThem(String overlay) throws IOException {
        List<Map<String, Object>> objects = render(overlay);
        Map<String, Object> keycloak = only(objects, "Keycloak");
        assertThat(String.valueOf(keycloak.get("apiVersion"))).isEqualTo("k8s.keycloak.org/v2beta1");
        assertThat(map(keycloak.get("spec"))).containsEntry("image", "quay.io/keycloak/keycloak:26.7.3");
        Map<String, Object> pod =
                map(map(map(map(keycloak.get("spec")).get("unsupported")).get("podTemplate"))
                        .get("spec"));
        Map<String, Object> container = list(pod.get("containers")).getFirst();
        assertThat(strings(container.get("args")))
                .as("imports the realm at start")
                .contains("--import-realm");

        assertThat(mounted(objects, pod, container, "/opt/keycloak/data/import", "skill-alliance-realm.json"))
                .as("the realm ConfigMap holds infra/keycloak/skill-alliance-realm.json byte for byte")
                .isEqualTo(Files.readAllBytes(ROOT.resolve("infra/keycloak/skill-alliance-realm.json")));
        assertThat(mounted(objects, pod, container, "/opt/keycloak/data/password-blacklists", "common-passwords.txt"))
                .as("the deny-list ConfigMap holds common-passwords.txt byte for byte")
                .isEqualTo(Files.readAllBytes(ROOT.resolve("infra/keycloak/password-blacklists/common-passwords.txt")));

        // the variables the realm import fills in: the client secret from the Secret member-service reads too, and
        // the gateway's public address as the gateway knows it
        Map<String, Object> env = variables(objects, list(container.get("env")), List.of());
        assertThat(env.get("MEMBER_SERVICE_CLIENT_SECRET"))
                .isEqualTo("secret member-service-client/secret")
                .isEqualTo(environment(objects, "member-service").get("MEMBER_SERVICE_CLIENT_SECRET"));
        assertThat(env.get("GATEWAY_PUBLIC_URL"))
                .isEqualTo(environment(objects, "gateway").get("GATEWAY_PUBLIC_URL"));
        // and the realm's smtpServer (the invitation email): the relay's login only from the Secret made by hand
        assertThat(env).containsKeys("SMTP_HOST", "SMTP_PORT", "SMTP_FROM", "SMTP_STARTTLS", "SMTP_AUTH");
        assertThat(env.get("SMTP_PASSWORD")).isEqualTo("secret smtp-relay/password");
        Map<String, Object> db = map(map(keycloak.get("spec")).get("db"));
        assertThat(db).containsEntry("vendor", "postgres");
        named(objects, "Cluster", String.valueOf(db.get("host")).replaceFirst("-rw$", ""));
    }

    private static byte[] mounted(
            List<Map<String, Object>> objects,
            Map<String, Object> pod,
            Map<String, Object> container,
            String path,
            String file) {
        Map<String, Object> mount = list(container.get("volumeMounts")).stream()
                .filter(m -> path.equals(m.get("mountPath")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("nothing mounted at " + path));
        Map<String, Object> volume = list(pod.get("volumes")).stream()
                .filter(v -> mount.get("name").equals(v.get("name")))
                .findFirst()
                .orElseThrow();
        Map<String, Object> configMap = named(
                objects,
                "ConfigMap",
                String.valueOf(map(volume.get("configMap")).get("name")));
        Map<String, Object> data = map(configMap.get("data"));
        assertThat(data).as("%s mounted at %s", name(configMap), path).containsOnlyKeys(file);
        return String.valueOf(data.get(file)).getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void noSecretIsWrittenIntoTheManifests(String overlay) throws IOException {
        List<Map<String, Object>> objects = render(overlay);
        assertThat(of(objects, "Secret"))
                .as("Secrets are created in the cluster, never rendered from the repository")
                .isEmpty();
        // no password or secret among the variables ConfigMaps hand to the services (files such as the deny-list's
        // common-passwords.txt are not variables)
        for (Map<String, Object> configMap : of(objects, "ConfigMap")) {
            assertThat(map(configMap.get("data")).keySet())
                    .as(name(configMap))
                    .noneMatch(key -> key.matches("[A-Z_][A-Z0-9_]*")
                            && SECRET_NAME.matcher(key).matches());
        }
        List<Map<String, Object>> containers = new ArrayList<>();
        of(objects, "Deployment")
                .forEach(d -> containers.addAll(list(
                        map(map(map(d.get("spec")).get("template")).get("spec")).get("containers"))));
        Map<String, Object> keycloak = only(objects, "Keycloak");
        containers.addAll(
                list(map(map(map(map(keycloak.get("spec")).get("unsupported")).get("podTemplate"))
                                .get("spec"))
                        .get("containers")));
        Set<String> clusters = new HashSet<>(names(objects, "Cluster"));
        for (Map<String, Object> container : containers) {
            for (Map<String, Object> variable : list(container.get("env"))) {
                String name = String.valueOf(variable.get("name"));
                if (SECRET_NAME.matcher(name).matches()) {
                    assertThat(variable)
                            .as("%s of %s comes from a Secret", name, container.get("name"))
                            .doesNotContainKey("value");
                    Map<String, Object> ref = map(map(variable.get("valueFrom")).get("secretKeyRef"));
                    String secret = String.valueOf(ref.get("name"));
                    assertThat(CREATED_BY_HAND.contains(secret)
                                    || secret.endsWith("-app") && clusters.contains(secret.replaceFirst("-app$", "")))
                            .as("%s: Secret %s is made by CloudNativePG or listed in docs/deployment.md", name, secret)
                            .isTrue();
                }
            }
        }
        // the Secrets made by hand are the ones docs/deployment.md tells the operator to create
        String deployment = read(ROOT.resolve("docs/deployment.md"));
        CREATED_BY_HAND.forEach(secret -> assertThat(deployment).contains("create secret generic " + secret));
        // and no kustomization generates a Secret from literals
        try (Stream<Path> files = Files.walk(K8S)) {
            for (Path file : files.filter(f -> f.getFileName().toString().equals("kustomization.yaml"))
                    .toList()) {
                assertThat(read(file)).as(ROOT.relativize(file).toString()).doesNotContain("secretGenerator");
            }
        }
    }

    /** The Kubernetes API's model class of each core kind the overlays render. */
    static final Map<String, Class<?>> CORE_KINDS = Map.of(
            "v1/Namespace",
            io.fabric8.kubernetes.api.model.Namespace.class,
            "v1/ConfigMap",
            io.fabric8.kubernetes.api.model.ConfigMap.class,
            "v1/Service",
            io.fabric8.kubernetes.api.model.Service.class,
            "apps/v1/Deployment",
            io.fabric8.kubernetes.api.model.apps.Deployment.class,
            "policy/v1/PodDisruptionBudget",
            io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget.class,
            "autoscaling/v2/HorizontalPodAutoscaler",
            io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler.class,
            "networking.k8s.io/v1/Ingress",
            io.fabric8.kubernetes.api.model.networking.v1.Ingress.class);

    /**
     * A schema check of the core kinds without a cluster: each object is read into fabric8's model of the Kubernetes
     * API, which keeps a field it does not know aside instead of failing; any such field fails here, with its path.
     * The Keycloak resource's pod template is a core PodTemplateSpec and is checked too. The operators' own resources
     * (Kafka, KafkaNodePool, KafkaTopic, Cluster, Keycloak) are not: no model of them is at hand.
     */
    @ParameterizedTest
    @ValueSource(strings = {"local", "production"})
    void theCoreObjectsHaveOnlyFieldsTheKubernetesApiKnows(String overlay) {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        List<Map<String, Object>> objects = render(overlay);
        Set<String> operatorKinds = Set.of("Kafka", "KafkaNodePool", "KafkaTopic", "Cluster", "Keycloak");
        for (Map<String, Object> object : objects) {
            String kind = object.get("apiVersion") + "/" + object.get("kind");
            if (operatorKinds.contains(String.valueOf(object.get("kind")))) {
                continue;
            }
            assertThat(CORE_KINDS)
                    .as("%s %s is a kind this test knows", kind, name(object))
                    .containsKey(kind);
            List<String> unknown = new ArrayList<>();
            unknownFields(json.convertValue(object, CORE_KINDS.get(kind)), kind + " " + name(object), unknown);
            assertThat(unknown)
                    .as("fields the Kubernetes API does not know (%s)", overlay)
                    .isEmpty();
        }
        Map<String, Object> podTemplate =
                map(map(map(only(objects, "Keycloak").get("spec")).get("unsupported"))
                        .get("podTemplate"));
        List<String> unknown = new ArrayList<>();
        unknownFields(
                json.convertValue(podTemplate, io.fabric8.kubernetes.api.model.PodTemplateSpec.class),
                "Keycloak keycloak spec.unsupported.podTemplate",
                unknown);
        assertThat(unknown)
                .as("fields the Kubernetes API does not know (%s)", overlay)
                .isEmpty();
    }

    /** Collects the fields fabric8 kept aside as unknown ({@code additionalProperties}), anywhere in the object. */
    private static void unknownFields(Object model, String path, List<String> unknown) {
        if (model == null) {
            return;
        }
        if (model instanceof java.util.Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                unknownFields(item, path + "[" + i++ + "]", unknown);
            }
            return;
        }
        if (model instanceof Map<?, ?> entries) {
            entries.forEach((key, value) -> unknownFields(value, path + "." + key, unknown));
            return;
        }
        if (!model.getClass().getPackageName().startsWith("io.fabric8.kubernetes.api.model")) {
            return;
        }
        for (java.lang.reflect.Method getter : model.getClass().getMethods()) {
            if (getter.getParameterCount() != 0
                    || !getter.getName().startsWith("get")
                    || getter.getDeclaringClass() == Object.class) {
                continue;
            }
            Object value;
            try {
                value = getter.invoke(model);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(getter.toString(), e);
            }
            String field = Character.toLowerCase(getter.getName().charAt(3))
                    + getter.getName().substring(4);
            if (field.equals("additionalProperties")) {
                map(value).keySet().forEach(key -> unknown.add(path + "." + key));
            } else {
                unknownFields(value, path + "." + field, unknown);
            }
        }
    }

    // --- rendering and reading the objects

    static List<Map<String, Object>> render(String overlay) {
        return RENDERED.computeIfAbsent(overlay, KubernetesManifestsTest::kustomize);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> kustomize(String overlay) {
        Path kubectl = kubectl().orElseThrow();
        try {
            Process process = new ProcessBuilder(
                            kubectl.toString(),
                            "kustomize",
                            K8S.resolve("overlays").resolve(overlay).toString())
                    .redirectErrorStream(false)
                    .start();
            process.getOutputStream().close();
            ByteArrayOutputStream errors = new ByteArrayOutputStream();
            Thread stderr = Thread.ofVirtual().start(() -> copy(process.getErrorStream(), errors));
            byte[] out = process.getInputStream().readAllBytes();
            assertThat(process.waitFor(2, TimeUnit.MINUTES))
                    .as("kubectl kustomize finished")
                    .isTrue();
            stderr.join();
            assertThat(process.exitValue())
                    .as("kubectl kustomize %s: %s", overlay, errors.toString(StandardCharsets.UTF_8))
                    .isZero();
            LoaderOptions options = new LoaderOptions();
            options.setCodePointLimit(32 * 1024 * 1024);
            List<Map<String, Object>> objects = new ArrayList<>();
            for (Object document : new Yaml(options).loadAll(new String(out, StandardCharsets.UTF_8))) {
                if (document != null) {
                    objects.add((Map<String, Object>) document);
                }
            }
            return List.copyOf(objects);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void copy(InputStream in, ByteArrayOutputStream out) {
        try {
            in.transferTo(out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** kubectl from $KUBECTL, else the first on PATH. */
    static Optional<Path> kubectl() {
        String configured = System.getenv("KUBECTL");
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured)).filter(Files::isExecutable);
        }
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
        return Stream.of(path.split(java.io.File.pathSeparator))
                .filter(dir -> !dir.isBlank())
                .map(dir -> Path.of(dir, "kubectl"))
                .filter(Files::isExecutable)
                .findFirst();
    }

    /**
     * A container's environment as the application sees it: literal values, {@code "secret <name>/<key>"} for a
     * Secret's key, and every key of the ConfigMaps it takes whole ({@code envFrom}).
     */
    static Map<String, Object> environment(List<Map<String, Object>> objects, String deployment) {
        Map<String, Object> container = list(map(map(map(named(objects, "Deployment", deployment)
                                                .get("spec"))
                                        .get("template"))
                                .get("spec"))
                        .get("containers"))
                .getFirst();
        return variables(objects, list(container.get("env")), list(container.get("envFrom")));
    }

    private static Map<String, Object> variables(
            List<Map<String, Object>> objects, List<Map<String, Object>> env, List<Map<String, Object>> envFrom) {
        Map<String, Object> variables = new java.util.LinkedHashMap<>();
        for (Map<String, Object> source : envFrom) {
            assertThat(source)
                    .as("whole ConfigMaps only: a Secret's keys are named one by one")
                    .containsOnlyKeys("configMapRef");
            String configMap = String.valueOf(map(source.get("configMapRef")).get("name"));
            variables.putAll(map(named(objects, "ConfigMap", configMap).get("data")));
        }
        for (Map<String, Object> variable : env) {
            String name = String.valueOf(variable.get("name"));
            if (variable.containsKey("value")) {
                variables.put(name, variable.get("value"));
            } else {
                Map<String, Object> from = map(variable.get("valueFrom"));
                if (from.containsKey("secretKeyRef")) {
                    Map<String, Object> ref = map(from.get("secretKeyRef"));
                    variables.put(name, "secret " + ref.get("name") + "/" + ref.get("key"));
                } else {
                    Map<String, Object> ref = map(from.get("configMapKeyRef"));
                    variables.put(
                            name,
                            map(named(objects, "ConfigMap", String.valueOf(ref.get("name")))
                                            .get("data"))
                                    .get(String.valueOf(ref.get("key"))));
                }
            }
        }
        return variables;
    }

    /** The environment variables a service's application.yml reads ({@code ${NAME:default}}). */
    static List<String> placeholders(String service) {
        Matcher matcher = DockerComposeTest.PLACEHOLDER.matcher(
                read(ROOT.resolve(service).resolve("src/main/resources/application.yml")));
        List<String> found = new ArrayList<>();
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    /** The port a service listens on: the default of its {@code <PREFIX>_PORT} in application.yml. */
    static int servicePort(String service) {
        Matcher port = Pattern.compile("\\$\\{" + prefix(service) + "_PORT:(\\d+)}")
                .matcher(read(ROOT.resolve(service).resolve("src/main/resources/application.yml")));
        assertThat(port.find())
                .as("%s: server.port from %s_PORT", service, prefix(service))
                .isTrue();
        return Integer.parseInt(port.group(1));
    }

    /** The management port of a part: the default of its {@code <PREFIX>_MANAGEMENT_PORT} in application.yml. */
    static int managementPort(String service) {
        Matcher port = Pattern.compile("\\$\\{" + prefix(service) + "_MANAGEMENT_PORT:(\\d+)}")
                .matcher(read(ROOT.resolve(service).resolve("src/main/resources/application.yml")));
        assertThat(port.find())
                .as("%s: management.server.port from %s_MANAGEMENT_PORT", service, prefix(service))
                .isTrue();
        return Integer.parseInt(port.group(1));
    }

    private static String prefix(String service) {
        return service.replace("-service", "").toUpperCase();
    }

    private static Map<String, Object> matchLabels(Map<String, Object> deployment) {
        return map(map(map(deployment.get("spec")).get("selector")).get("matchLabels"));
    }

    static List<Map<String, Object>> of(List<Map<String, Object>> objects, String kind) {
        return objects.stream().filter(o -> kind.equals(o.get("kind"))).toList();
    }

    static List<String> names(List<Map<String, Object>> objects, String kind) {
        return of(objects, kind).stream().map(KubernetesManifestsTest::name).toList();
    }

    static Map<String, Object> only(List<Map<String, Object>> objects, String kind) {
        List<Map<String, Object>> found = of(objects, kind);
        assertThat(found).as("one %s", kind).hasSize(1);
        return found.getFirst();
    }

    static Map<String, Object> named(List<Map<String, Object>> objects, String kind, String name) {
        return of(objects, kind).stream()
                .filter(o -> name.equals(name(o)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " named " + name));
    }

    static String name(Map<String, Object> object) {
        return String.valueOf(map(object.get("metadata")).get("name"));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value == null ? Map.of() : (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object value) {
        return value == null ? List.of() : (List<String>) value;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
