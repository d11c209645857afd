package org.skillalliance.messaging;

import java.util.ArrayList;
import java.util.List;
import org.skillalliance.messaging.testapp.WidgetApplication;
import org.skillalliance.testsupport.DatabaseCoordinates;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts instances of the widget test service by hand, for tests that need several, or one that dies. */
final class WidgetServiceInstance {

    private WidgetServiceInstance() {}

    static ConfigurableApplicationContext start(
            DatabaseCoordinates database, String bootstrapServers, String topic, String... extraProperties) {
        List<String> arguments = new ArrayList<>(List.of(
                "--spring.datasource.url=" + database.jdbcUrl(),
                "--spring.datasource.username=" + database.username(),
                "--spring.datasource.password=" + database.password(),
                "--spring.kafka.bootstrap-servers=" + bootstrapServers,
                "--skillalliance.messaging.topic=" + topic));
        for (String property : extraProperties) {
            arguments.add("--" + property);
        }
        return new SpringApplicationBuilder(WidgetApplication.class)
                .web(WebApplicationType.NONE)
                .run(arguments.toArray(String[]::new));
    }
}
