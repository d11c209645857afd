package org.skillalliance.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedDatabaseTest {

    @Test
    void the_init_script_makes_one_database_and_owner_per_service(@TempDir Path work) throws Exception {
        Path script = PlatformSettings.forTests(work).repository().resolve(EmbeddedDatabase.INIT_SCRIPT);

        assertThat(EmbeddedDatabase.statements(Files.readString(script)))
                .containsExactly(
                        "CREATE USER member WITH PASSWORD 'member'", "CREATE DATABASE member OWNER member",
                        "CREATE USER curriculum WITH PASSWORD 'curriculum'",
                                "CREATE DATABASE curriculum OWNER curriculum",
                        "CREATE USER funding WITH PASSWORD 'funding'", "CREATE DATABASE funding OWNER funding",
                        "CREATE USER reporting WITH PASSWORD 'reporting'", "CREATE DATABASE reporting OWNER reporting");
    }

    @Test
    void every_service_reads_the_database_named_after_it() {
        for (ServiceJar service : ServiceJar.values()) {
            if (service != ServiceJar.GATEWAY) {
                assertThat(service.module()).startsWith(service.database() + "-");
            }
        }
    }
}
