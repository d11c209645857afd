package org.skillalliance.platform;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.skillalliance.launcher.ChildProcess;
import org.skillalliance.launcher.KafkaBroker;

/**
 * Starts the whole platform on this machine without Docker: PostgreSQL (embedded, one database per service), a Kafka
 * broker in its own JVM, Keycloak with the demo realm (and, if {@linkplain PlatformSettings#withPrometheus asked for},
 * the machine's Prometheus scraping the services), and, once all but Keycloak are healthy, the four services and the
 * gateway from their jars beside Keycloak's own start (no service asks Keycloak anything before its first request), and
 * waits until every part is healthy. {@linkplain PlatformSettings#withTracing() With tracing}, Zipkin and its OTLP receiver
 * too, and every service exports its spans there ({@link TraceCollector}).
 *
 * <p>For tests that need the whole platform:
 * <pre>{@code
 * try (RunningPlatform platform = Platform.start(PlatformSettings.forTests(tempDir))) {
 *     PlatformEndpoints endpoints = platform.endpoints();
 *     String token = SampleCall.demoToken(endpoints);   // alliance-admin / alliance-demo, password grant of skill-alliance-web
 *     // calls: endpoints.gateway() + "/api/...", with "Authorization: Bearer " + token
 * }
 * }</pre>
 * The service jars must have been packaged ({@code <module>/target/<module>-<version>.jar}); the Keycloak distribution
 * comes from the local Maven repository (a dependency of this module). A start takes one and a half to two minutes on
 * two busy cores and holds about 2.2 GB of memory (docs/local-platform.md).
 *
 * <p>The platform's processes are stopped when it is {@linkplain RunningPlatform#close() closed}, and at the latest
 * when the JVM that started it ends normally.
 *
 * <p>Every start is a fresh platform: the work folder's {@code data/} is wiped first (no data of an earlier run
 * survives, so a demo is reproducible), each part's log in {@code logs/} is started anew. The member-service's client
 * secret in Keycloak is generated anew on every start.
 */
public final class Platform {

    /** The variable that carries member-service's Keycloak client secret into Keycloak's realm import and member-service. */
    public static final String MEMBER_SERVICE_CLIENT_SECRET = "MEMBER_SERVICE_CLIENT_SECRET";

    static final Duration INFRASTRUCTURE_TIMEOUT = Duration.ofMinutes(4);
    static final Duration APPLICATIONS_TIMEOUT = Duration.ofMinutes(5);

    private Platform() {}

    /** Starts everything quietly (no progress lines); see the class description. */
    public static RunningPlatform start(PlatformSettings settings) {
        return start(settings, new PrintStream(OutputStream.nullOutputStream()));
    }

    /**
     * Starts everything, printing a line as each part becomes healthy.
     *
     * @throws PortsInUse.PortTakenException if a port is taken (nothing has been started then)
     * @throws PlatformStartException        if a part exits or is not healthy in time (what had started is stopped)
     */
    public static RunningPlatform start(PlatformSettings settings, PrintStream progress) {
        RunningPlatform platform = new RunningPlatform(settings);
        // should the caller never close it (a test JVM that ends early), the JVM's end still stops every process
        Thread closeAtExit = new Thread(platform::close, "platform-close-at-exit");
        Runtime.getRuntime().addShutdownHook(closeAtExit);
        platform.onClose(() -> removeShutdownHook(closeAtExit));
        startInto(platform, progress);
        return platform;
    }

    private static void removeShutdownHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is what is closing the platform
        }
    }

    /**
     * Starts everything into {@code platform}, which another thread may {@linkplain RunningPlatform#close() close} at
     * any time (the supervisor's shutdown hook does, on {@code ./alliance stop} during a start).
     */
    static void startInto(RunningPlatform platform, PrintStream progress) {
        PlatformSettings settings = platform.settings();
        PortsInUse.requireAllFree(settings);
        requireServiceJars(settings);
        if (settings.prometheus() && PrometheusServer.executable().isEmpty()) {
            throw new PlatformStartException(PrometheusServer.missingMessage());
        }
        Instant begin = Instant.now();
        try {
            wipe(settings.data());
            Files.createDirectories(settings.logs());
            String memberServiceSecret = randomSecret();

            progress.println("Starting PostgreSQL, Kafka and Keycloak");
            // the realm's placeholders: the client secret, the mail server, the web app's address
            Map<String, String> realmVariables = new HashMap<>(MailServer.keycloakVariables(settings));
            realmVariables.put(MEMBER_SERVICE_CLIENT_SECRET, memberServiceSecret);
            realmVariables.put("GATEWAY_PUBLIC_URL", "http://localhost:" + settings.port(PortSetting.GATEWAY));
            ChildProcess keycloak =
                    KeycloakServer.launch(settings, RealmOverlay.demoRealm(settings), realmVariables, progress);
            platform.addInfrastructure(
                    keycloak,
                    KeycloakServer.baseUrl(settings.port(PortSetting.KEYCLOAK)),
                    settings.port(PortSetting.KEYCLOAK));
            EmbeddedDatabase postgres = EmbeddedDatabase.start(
                    settings.port(PortSetting.POSTGRES),
                    settings.data().resolve("postgres"),
                    settings.logs().resolve("postgres.log"),
                    settings.repository());
            platform.addInfrastructure(postgres);
            progress.printf("  %-20s healthy after %s%n", "postgres", Durations.seconds(postgres.coldStart()));
            KafkaBroker broker = kafkaBroker(settings);
            Path kafkaLog = settings.logs().resolve("kafka.log");
            ChildProcess kafka = broker.formatNewCluster(settings.logs().resolve("kafka-format.log"))
                    .launch(kafkaLog, false);
            platform.addInfrastructure(
                    kafka, broker.bootstrapServers(), broker.port(), () -> broker.launch(kafkaLog, true));
            ChildProcess mail = MailServer.launch(settings);
            platform.addInfrastructure(mail, MailServer.apiUrl(settings), settings.port(PortSetting.MAIL));
            List<ChildProcess> infrastructure = new ArrayList<>(List.of(kafka, mail));
            if (settings.prometheus()) {
                // it waits for nobody: the services' targets are down until they have started
                ChildProcess prometheus = PrometheusServer.launch(settings, false);
                platform.addInfrastructure(
                        prometheus,
                        PrometheusServer.baseUrl(settings.port(PortSetting.PROMETHEUS)),
                        settings.port(PortSetting.PROMETHEUS),
                        () -> PrometheusServer.launch(settings, true));
                infrastructure.add(prometheus);
            }
            if (settings.tracing()) {
                ChildProcess zipkin = TraceCollector.launchZipkin(settings);
                platform.addInfrastructure(
                        zipkin, TraceCollector.zipkinUrl(settings), settings.port(PortSetting.ZIPKIN));
                ChildProcess receiver = TraceCollector.launchReceiver(settings);
                platform.addInfrastructure(
                        receiver, TraceCollector.otlpEndpoint(settings), settings.port(PortSetting.OTLP));
                infrastructure.addAll(List.of(zipkin, receiver));
            }
            platform.recordColdStarts(
                    StartupWait.untilHealthy(infrastructure, INFRASTRUCTURE_TIMEOUT, progress, platform::isClosed));

            // Beside Keycloak's start, not after it: no service asks Keycloak anything before its first request (the
            // token decoders fetch the realm's keys then, member-service's admin client at its first call), and on 2
            // cores the services' starts fill the time Keycloak spends waiting on its own start
            // (docs/local-platform.md)
            Map<ServiceJar, Map<String, String>> environments = new EnumMap<>(ServiceJar.class);
            for (ServiceJar service : ServiceJar.values()) {
                Map<String, String> environment = service.environment(settings, postgres, memberServiceSecret);
                if (settings.tracing()) {
                    environment.put(TraceCollector.OTLP_ENDPOINT_VARIABLE, TraceCollector.otlpEndpoint(settings));
                }
                environments.put(service, environment);
            }
            // a jar's first start on this JDK trains its startup cache first, which needs the database and Kafka
            // (the training run builds the whole application context), hence here (docs/local-platform.md)
            List<StartupTraining> trainings = new ArrayList<>();
            if (StartupTraining.enabled()) {
                for (ServiceJar service : ServiceJar.values()) {
                    service.train(settings, environments.get(service)).ifPresent(trainings::add);
                }
            }
            StartupTraining.awaitAll(trainings, StartupTraining.TIMEOUT, progress, platform::isClosed);
            if (!trainings.isEmpty()) {
                platform.recordStartupCacheTraining();
            }

            progress.println("Starting the four services and the gateway");
            List<ChildProcess> applications = new ArrayList<>();
            for (ServiceJar service : ServiceJar.values()) {
                Map<String, String> environment = environments.get(service);
                ChildProcess process = service.launch(settings, environment);
                platform.addApplication(
                        process,
                        service.baseUrl(settings),
                        settings.port(service.port()),
                        () -> service.launch(settings, environment, true));
                applications.add(process);
            }
            List<ChildProcess> keycloakAndApplications = new ArrayList<>(List.of(keycloak));
            keycloakAndApplications.addAll(applications);
            platform.recordColdStarts(StartupWait.untilHealthy(
                    keycloakAndApplications, APPLICATIONS_TIMEOUT, progress, platform::isClosed));
            platform.recordTotalColdStart(Duration.between(begin, Instant.now()));
        } catch (IOException e) {
            platform.close();
            throw new PlatformStartException(e.getMessage(), e);
        } catch (RuntimeException e) {
            platform.close();
            throw e instanceof PlatformStartException
                    ? e
                    : new PlatformStartException(
                            // the launcher's own messages say what and where; Supervisor prints them after
                            // "The platform did not start: "
                            e instanceof IllegalStateException || e instanceof UncheckedIOException
                                    ? e.getMessage()
                                    : e.toString(),
                            e);
        }
    }

    /**
     * The platform's broker in {@code <data>/kafka}, marked as the platform's ({@link PlatformProcesses}), with a heap
     * for a local demo.
     */
    private static KafkaBroker kafkaBroker(PlatformSettings settings) {
        return new KafkaBroker(
                settings.data().resolve("kafka"),
                settings.port(PortSetting.KAFKA),
                settings.port(PortSetting.KAFKA_CONTROLLER),
                List.of(PlatformProcesses.marker(settings.workFolder()), "-Xms64m", "-Xmx384m", "-XX:+UseSerialGC"));
    }

    private static void requireServiceJars(PlatformSettings settings) {
        List<Path> missing = Stream.of(ServiceJar.values())
                .map(service -> settings.serviceJar(service.module()))
                .filter(jar -> !Files.isRegularFile(jar))
                .toList();
        if (!missing.isEmpty()) {
            throw new PlatformStartException("Missing service jars " + missing
                    + "; build them with ./mvnw -DskipTests package -pl infra/platform -am");
        }
    }

    /** Deletes the folder and everything in it (symbolic links themselves, never what they point to). */
    static void wipe(Path folder) throws IOException {
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException("could not delete " + path, e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static String randomSecret() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
