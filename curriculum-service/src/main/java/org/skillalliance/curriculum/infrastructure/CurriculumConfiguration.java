package org.skillalliance.curriculum.infrastructure;

import java.time.Clock;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The clock every use case reads "today" and "now" from (UTC), and the OpenAPI document's title and bearer scheme. */
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
                        + "credentials. Errors are RFC 9457 problem+json with the field and the reason. Every call"
                        + " needs a Keycloak access token of the skill-alliance realm (bearer); who may do what is in"
                        + " docs/security.md."))
                .components(new Components().addSecuritySchemes("bearer", new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
