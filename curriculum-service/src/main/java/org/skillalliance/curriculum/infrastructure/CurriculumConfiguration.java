package org.skillalliance.curriculum.infrastructure;

import java.time.Clock;

import io.swagger.v3.oas.models.Components;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.skillalliance.contracts.Topics;
import org.springframework.kafka.config.TopicBuilder;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The clock every use case reads "today" and "now" from (UTC), the OpenAPI document's title and bearer scheme, and the
 * dead-letter topic of the service's own events.
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
        return TopicBuilder.name(Topics.deadLetter(Topics.CURRICULUM)).partitions(6)
                .config(TopicConfig.RETENTION_MS_CONFIG, "-1").build();
    }

    @Bean
    OpenAPI curriculumOpenApi() {
        return new OpenAPI().info(new Info()
                .title("Skill Alliance curriculum-service")
                .version("v1")
                .description("Skills, courses, cohorts, enrolments with waitlists, outcomes and Open Badges 3.0 "
                        + "credentials; skills needs: job-role skill profiles, staff skill records, gap analysis, "
                        + "course recommendations and alliance objectives. Errors are RFC 9457 problem+json with the field and the reason. Every call"
                        + " needs a Keycloak access token of the skill-alliance realm (bearer); who may do what is in"
                        + " docs/security.md."))
                .components(new Components().addSecuritySchemes("bearer", new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
