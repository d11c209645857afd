package org.skillalliance.system.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.skillalliance.platform.LocalPlatform;
import org.skillalliance.platform.PlatformEndpoints;
import org.skillalliance.platform.demo.AllianceApi;
import org.skillalliance.platform.demo.DemoSeed;
import org.skillalliance.platform.demo.DemoSummary;
import org.skillalliance.system.SharedPlatform;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every role's main journey in a real browser (issue 17's acceptance): Debian's Chromium driven by Playwright
 * ({@code infra/system-tests/browser}, its own npm package), against the whole platform started as
 * {@code ./alliance up} starts it and seeded with the demo (the JVM's {@link SharedPlatform}, after the classes that
 * check the fresh demo's exact figures and before the hostile-input test's arbitrary writes). This class prepares what each journey
 * starts from through the public API ({@link JourneyData}), writes the fixture file the journeys read and runs them;
 * Playwright's report (one line per journey, then any failure with its step) is this test's output.
 * {@code -Dscreenshots.write=true} ({@code -Pscreenshots-write}) saves each role's home page to docs/screenshots.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SharedPlatform.class)
@Order(3)
class BrowserJourneysIT {

    /** Keycloak's bootstrap administrator of the local platform (infra/platform's KeycloakServer). */
    private static final String KEYCLOAK_ADMIN = "admin";

    private static final long JOURNEYS_MINUTES = 15;
    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    @TempDir
    static Path workFolder;

    private final Path repository = Path.of(System.getProperty("services.root", "../.."))
            .toAbsolutePath()
            .normalize();
    private LocalPlatform platform;
    private DemoSummary demo;

    /** On the JVM's shared platform, seeded with the demo (by EndToEndJourneysIT before, or here when run alone). */
    @BeforeAll
    void seedTheSharedPlatform(LocalPlatform sharedPlatform) {
        platform = sharedPlatform;
        demo = DemoSeed.run(platform.endpoints(), System.out);
    }

    @Test
    void everyRoleWalksItsJourneyInChromium() throws Exception {
        PlatformEndpoints endpoints = platform.endpoints();
        JourneyData data = JourneyData.prepare(new AllianceApi(endpoints), demo);
        Path fixture = workFolder.resolve("browser-fixture.json");
        Files.writeString(fixture, JSON.writeValueAsString(fixture(endpoints, data)), StandardCharsets.UTF_8);

        Path browserTests = repository.resolve("infra/system-tests/browser");
        List<String> command = new ArrayList<>(List.of("node", "node_modules/@playwright/test/cli.js", "test"));
        String only = System.getProperty("browser.grep", "");
        if (!only.isBlank()) {
            command.addAll(List.of("--grep", only));
        }
        ProcessBuilder playwright =
                new ProcessBuilder(command).directory(browserTests.toFile()).redirectErrorStream(true);
        playwright.environment().put("BROWSER_FIXTURE", fixture.toString());
        playwright.environment().putIfAbsent("CHROMIUM", "/usr/bin/chromium");
        Process run = playwright.start();
        String output = echo(run.getInputStream());
        boolean ended = run.waitFor(JOURNEYS_MINUTES, TimeUnit.MINUTES);
        if (!ended) {
            run.destroyForcibly();
        }
        assertThat(ended)
                .as("the journeys end within %d minutes", JOURNEYS_MINUTES)
                .isTrue();
        assertThat(run.exitValue())
                .as("Playwright's exit code; its report:%n%s", output)
                .isZero();
    }

    private Map<String, Object> fixture(PlatformEndpoints endpoints, JourneyData data) throws IOException {
        Map<String, Object> fixture = new LinkedHashMap<>();
        fixture.put("gateway", endpoints.gateway().toString());
        fixture.put("keycloak", endpoints.keycloak().toString());
        fixture.put("realm", endpoints.realm());
        fixture.put("keycloakAdmin", Map.of("username", KEYCLOAK_ADMIN, "password", KEYCLOAK_ADMIN));
        String screenshots = null;
        if (Boolean.getBoolean("screenshots.write")) {
            Path folder = repository.resolve("docs/screenshots");
            Files.createDirectories(folder);
            screenshots = folder.toString();
        }
        fixture.put("screenshots", screenshots);
        fixture.put("users", data.users());
        fixture.put("data", data.values());
        return fixture;
    }

    /** Copies Playwright's output to this test's output as it comes, and keeps it for the failure message. */
    private static String echo(InputStream stream) {
        StringBuilder kept = new StringBuilder();
        try (var reader = new java.io.BufferedReader(new java.io.InputStreamReader(stream, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                System.out.println("[browser] " + line);
                kept.append(line).append('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return kept.toString();
    }
}
