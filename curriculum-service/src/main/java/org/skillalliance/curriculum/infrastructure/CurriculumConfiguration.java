package org.skillalliance.curriculum.infrastructure;

import java.time.Clock;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.skillalliance.contracts.Topics;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/**
 * The clock every use case reads "today" and "now" from (UTC) and the dead-letter topic of the service's own events
 * (the OpenAPI document is web-support's, titled in application.yml).
 */
@Configuration(proxyBeanMethods = false)
class CurriculumConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * The dead-letter topic of this service's own events: skills needs consumes {@code curriculum.events.v1} too
     * (completions become skill levels), and a record it cannot apply goes there after bounded retries.
     */
    @Bean
    NewTopic curriculumDeadLetters() {
        return TopicBuilder.name(Topics.deadLetter(Topics.CURRICULUM))
                .partitions(6)
                .config(TopicConfig.RETENTION_MS_CONFIG, "-1")
                .build();
    }
}
