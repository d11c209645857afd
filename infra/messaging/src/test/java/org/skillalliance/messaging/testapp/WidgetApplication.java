package org.skillalliance.messaging.testapp;

import org.skillalliance.contracts.EventRegistry;
import org.skillalliance.contracts.EventType;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Bean;

/**
 * A small service that uses the backbone exactly as the real services do: a business table changed together with an
 * outbox event, and a listener that applies each event's effect through the inbox.
 */
@SpringBootApplication
public class WidgetApplication {

    /** Runs the widget service as a process of its own, for tests that kill it (SIGKILL) at a moment they choose. */
    public static void main(String[] args) {
        new SpringApplicationBuilder(WidgetApplication.class)
                .web(WebApplicationType.NONE)
                .run(args);
    }

    public static final String WIDGET_CHANGED = "WidgetChanged";

    @Bean
    EventRegistry eventRegistry() {
        return EventRegistry.builder()
                .include(EventRegistry.standard())
                .register(new EventType<>(WIDGET_CHANGED, 1, WidgetChanged.class), "testschemas/WidgetChanged.v1.json")
                .build();
    }
}
