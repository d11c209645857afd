package org.skillalliance.curriculum.infrastructure;

import java.time.Clock;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The clock every use case reads "today" and "now" from (UTC), and the title of the OpenAPI document. */
@Configuration(proxyBeanMethods = false)
class CurriculumConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    OpenAPI curriculumOpenApi() {
        return new OpenAPI().info(new Info()
                .title("Skill Alliance curriculum-service")
                .version("v1")
                .description("Skills, courses, cohorts, enrolments with waitlists, outcomes and Open Badges 3.0 "
                        + "credentials. Errors are RFC 9457 problem+json with the field and the reason."));
    }
}
