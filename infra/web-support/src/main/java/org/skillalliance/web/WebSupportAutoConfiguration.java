package org.skillalliance.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Registers in every servlet service the problem+json handler and the refusal of unknown, repeated and empty query
 * parameters ({@link StrictQueryParameters}; {@code skillalliance.web.strict-query-parameters=false} switches the
 * latter off).
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Import(ProblemDetailsHandler.class)
public class WebSupportAutoConfiguration {

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "skillalliance.web.strict-query-parameters", havingValue = "true", matchIfMissing = true)
    static class StrictQueryParametersConfiguration {

        @Bean
        WebMvcConfigurer strictQueryParameters() {
            StrictQueryParameters strict = new StrictQueryParameters();
            return new WebMvcConfigurer() {
                @Override
                public void addInterceptors(InterceptorRegistry registry) {
                    registry.addInterceptor(strict);
                }
            };
        }
    }
}
