package org.skillalliance.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeycloakDistributionTest {

    @TempDir
    Path folder;

    @Test
    void aHomeLinksToTheDistributionAndHoldsItsOwnCopyOfTheDenyLists() throws IOException {
        Path distribution = folder.resolve("keycloak-26");
        for (String shared : List.of("lib", "conf", "providers", "themes")) {
            Files.createDirectories(distribution.resolve(shared));
        }
        Path denyLists = Files.createDirectories(folder.resolve("password-blacklists"));
        Files.writeString(denyLists.resolve("common.txt"), "password\n");
        Path home = folder.resolve("home");

        KeycloakDistribution.prepareHome(home, distribution, denyLists);
        Files.writeString(denyLists.resolve("common.txt"), "password\nletmein\n");
        KeycloakDistribution.prepareHome(home, distribution, denyLists);

        for (String shared : List.of("lib", "conf", "providers", "themes")) {
            assertThat(Files.isSymbolicLink(home.resolve(shared))).as(shared).isTrue();
            assertThat(Files.readSymbolicLink(home.resolve(shared))).isEqualTo(distribution.resolve(shared));
        }
        Path copy = home.resolve("data/password-blacklists/common.txt");
        assertThat(Files.isSymbolicLink(copy)).isFalse();
        assertThat(Files.readString(copy)).isEqualTo("password\nletmein\n");
    }

    @Test
    void theDevServerRunsOnTheGivenPortsWithTheBuildOptionsThatNeedNoRebuildAndItsOwnHome() {
        Path distribution = Path.of("/cache/keycloak-26");
        Path home = Path.of("/work/data/keycloak");

        List<String> command =
                KeycloakDistribution.devServer(distribution, home, 18180, 18190, List.of("--import-realm"));

        assertThat(command)
                .containsExactly(
                        "/cache/keycloak-26/bin/kc.sh",
                        "start-dev",
                        "--http-port=18180",
                        "--http-management-port=18190",
                        "--db=dev-mem",
                        "--cache=local",
                        "--import-realm",
                        "-Dkc.home.dir=/work/data/keycloak");
    }

    @Test
    void theServerRunsOnTheLaunchersJdkWithTheBootstrapAdministratorAndTheJvmOptions() {
        List<String> options = KeycloakDistribution.jvmOptions("768m");

        assertThat(options).contains("-Xmx768m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");
        assertThat(KeycloakDistribution.environment("pw", options))
                .containsEntry("JAVA_HOME", System.getProperty("java.home"))
                .containsEntry("KC_BOOTSTRAP_ADMIN_USERNAME", "admin")
                .containsEntry("KC_BOOTSTRAP_ADMIN_PASSWORD", "pw")
                .containsEntry("JAVA_OPTS", String.join(" ", options));
    }
}
