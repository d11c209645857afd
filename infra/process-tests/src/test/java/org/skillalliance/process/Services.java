package org.skillalliance.process;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.skillalliance.testsupport.DatabaseCoordinates;
import org.skillalliance.testsupport.ServiceProcess;
import org.skillalliance.testsupport.TestKafka;
import org.skillalliance.testsupport.TestKeycloak;
import org.skillalliance.testsupport.TestPostgres;

/**
 * Starts the platform's services from their jars, each with a fresh database of its own, the shared broker, and the
 * test JVM's real Keycloak as the realm it trusts.
 */
final class Services {

    private Services() {}

    static ServiceProcess start(String service, String... extraProperties) {
        DatabaseCoordinates database = TestPostgres.instance().freshDatabase(service.replace('-', '_'));
        List<String> properties = new ArrayList<>(List.of(
                "spring.datasource.url=" + database.jdbcUrl(),
                "spring.datasource.username=" + database.username(),
                "spring.datasource.password=" + database.password(),
                "spring.kafka.bootstrap-servers=" + TestKafka.instance().bootstrapServers(),
                "skillalliance.security.issuer=" + TestKeycloak.instance().issuer(),
                "logging.level.root=WARN"));
        properties.addAll(List.of(extraProperties));
        return ServiceProcess.start(service, jar(service), properties.toArray(String[]::new));
    }

    static Path jar(String service) {
        String root = System.getProperty("services.root", "../..");
        String version = System.getProperty("services.version", "0.1.0-SNAPSHOT");
        return Path.of(root, service, "target", service + "-" + version + ".jar")
                .toAbsolutePath()
                .normalize();
    }
}
