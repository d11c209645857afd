package org.skillalliance.member.infrastructure;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.skillalliance.contracts.Topics;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/**
 * The dead-letter topic of member-service's own events: notifications read {@code member.events.v1} too (a membership
 * admitted or suspended, a learner erased), and a record they cannot apply goes there after bounded retries.
 */
@Configuration(proxyBeanMethods = false)
class OwnTopicDeadLetters {

    @Bean
    NewTopic memberDeadLetters() {
        return TopicBuilder.name(Topics.deadLetter(Topics.MEMBER))
                .partitions(6)
                .config(TopicConfig.RETENTION_MS_CONFIG, "-1")
                .build();
    }
}
