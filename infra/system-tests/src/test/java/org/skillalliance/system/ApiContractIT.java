package org.skillalliance.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.skillalliance.platform.LocalPlatform;
import org.skillalliance.platform.demo.AllianceApi;
import org.skillalliance.platform.demo.ApiResponse;
import org.skillalliance.platform.demo.DemoSeed;
import org.skillalliance.testsupport.ApiClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The HTTP API contract (docs/api.md), on the whole platform started as {@code ./alliance up} starts it:
 * <ul>
 * <li>every service's live OpenAPI document, as the gateway publishes it ({@code /openapi/<service>}), is the one
 * committed under docs/openapi; a changed API fails here until the documents are rewritten, so that every change of the
 * contract is visible in review; {@value #REWRITE} rewrites them;</li>
 * <li>the client generated from the committed documents (infra/api-contract: openapi-typescript types, openapi-fetch,
 * compiled by tsc) adds a skill through the gateway with a real token: 201 and its Location.</li>
 * </ul>
 */
@ExtendWith(SharedPlatform.class)
@Order(2)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiContractIT {

    static final String REWRITE = "./mvnw -pl infra/system-tests -am verify -Popenapi-write";
    private static final List<String> SERVICES =
            List.of("member-service", "curriculum-service", "funding-service", "reporting-service");
    /** Sorted keys, two-space indentation: the committed form, stable whatever order springdoc writes in. */
    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final Path repository = Path.of(System.getProperty("services.root", "../.."))
            .toAbsolutePath()
            .normalize();
    private LocalPlatform platform;
    private AllianceApi api;

    @BeforeAll
    void onTheSharedPlatform(LocalPlatform sharedPlatform) {
        platform = sharedPlatform;
        api = new AllianceApi(platform.endpoints());
    }

    @Test
    void everyServicePublishesTheDocumentCommittedInTheRepository() throws IOException {
        boolean write = Boolean.getBoolean("openapi.write");
        List<String> differing = new ArrayList<>();
        for (String service : SERVICES) {
            warmUp(service);
            ApiResponse response = api.anonymous("GET", "/openapi/" + service);
            assertThat(response.status()).as(response.toString()).isEqualTo(200);
            String live = canonical(JSON.readTree(response.body()));
            Path committed = repository.resolve("docs/openapi/" + service + ".json");
            if (write) {
                Files.createDirectories(committed.getParent());
                Files.writeString(committed, live, StandardCharsets.UTF_8);
                System.out.println("wrote " + repository.relativize(committed));
            } else if (!Files.exists(committed)) {
                differing.add(repository.relativize(committed) + " does not exist");
            } else {
                String expected = Files.readString(committed, StandardCharsets.UTF_8);
                if (!expected.equals(live)) {
                    differing.add(repository.relativize(committed) + " differs from " + service + "'s live document:\n"
                            + firstDifference(expected, live));
                }
            }
        }
        if (!differing.isEmpty()) {
            fail(String.join("\n\n", differing)
                    + "\n\nThe API changed: if that is meant, rewrite the committed documents"
                    + " and review the change with git diff docs/openapi:\n  " + REWRITE);
        }
    }

    @Test
    void theClientGeneratedFromTheDocumentsAddsASkillThroughTheGateway() throws Exception {
        assumeFalse(
                Boolean.getBoolean("openapi.write"),
                "the documents are being rewritten: the client is built from"
                        + " the committed ones by the next build");
        Path script = repository.resolve("infra/api-contract/target/js/create-skill.js");
        assertThat(script).as("built by infra/api-contract (npm run build)").exists();
        String token = api.login(DemoSeed.ADMIN, DemoSeed.ADMIN_PASSWORD).accessToken();

        Process node = new ProcessBuilder(
                        "node",
                        script.toString(),
                        platform.endpoints().gateway().toString(),
                        token)
                .directory(repository.resolve("infra/api-contract").toFile())
                .redirectErrorStream(true)
                .start();
        assertThat(node.waitFor(60, TimeUnit.SECONDS))
                .as("create-skill.js ends within a minute")
                .isTrue();
        String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        System.out.println("create-skill.js:\n" + output);

        assertThat(node.exitValue()).as(output).isZero();
        assertThat(output)
                .contains("status 201")
                .containsPattern("location /api/skills/[0-9a-f-]{36}")
                .containsPattern("skill [0-9a-f-]{36} GEN-\\w+ TECHNICAL");
        String location = output.lines()
                .filter(line -> line.startsWith("location "))
                .findFirst()
                .orElseThrow()
                .substring("location ".length());
        ApiResponse skill = api.login(DemoSeed.ADMIN, DemoSeed.ADMIN_PASSWORD).get(location);
        assertThat(skill.status()).as(skill.toString()).isEqualTo(200);
        assertThat(skill.json().path("name").asString()).isEqualTo("Reading hydraulic schematics");
    }

    /**
     * springdoc builds a document on its first request, which on a loaded machine takes longer than the gateway's
     * route timeout (5 s); the first request goes to the service itself, without that timeout, so that the gateway's
     * answer, the one compared, is the document and not a 504.
     */
    private void warmUp(String service) {
        URI serviceAddress = platform.endpoints().services().get(service);
        ApiClient.Response response = new ApiClient(serviceAddress.toString())
                .withTimeout(Duration.ofMinutes(2))
                .get("/v3/api-docs");
        assertThat(response.status())
                .as(serviceAddress + "/v3/api-docs -> " + response.text())
                .isEqualTo(200);
    }

    /** The document with every object's keys sorted, pretty-printed, ending in a newline. */
    static String canonical(JsonNode document) {
        return JSON.writeValueAsString(sorted(document)) + "\n";
    }

    private static JsonNode sorted(JsonNode node) {
        if (node.isObject()) {
            Map<String, JsonNode> fields = new TreeMap<>();
            node.properties().forEach(field -> fields.put(field.getKey(), sorted(field.getValue())));
            ObjectNode copy = JSON.createObjectNode();
            fields.forEach(copy::set);
            return copy;
        }
        if (node.isArray()) {
            var copy = JSON.createArrayNode();
            node.forEach(element -> copy.add(sorted(element)));
            return copy;
        }
        return node;
    }

    private static String firstDifference(String expected, String live) {
        List<String> committed = expected.lines().toList();
        List<String> now = live.lines().toList();
        int line = 0;
        while (line < committed.size()
                && line < now.size()
                && committed.get(line).equals(now.get(line))) {
            line++;
        }
        StringBuilder report = new StringBuilder("  first difference at line " + (line + 1) + ":\n");
        for (int i = Math.max(0, line - 3); i < Math.min(committed.size(), line + 3); i++) {
            report.append(i < line ? "    " : "  - ").append(committed.get(i)).append('\n');
        }
        for (int i = line; i < Math.min(now.size(), line + 3); i++) {
            report.append("  + ").append(now.get(i)).append('\n');
        }
        return report.toString();
    }
}
