package org.skillalliance.web;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Registers in every servlet service the problem+json handler, the input policy (strict JSON bodies, {@link StrictJson};
 * no control characters in query and path values, {@link StrictQueryText}) and the refusal of unknown, repeated and
 * empty query parameters ({@link StrictQueryParameters}; {@code skillalliance.web.strict-query-parameters=false} switches the
 * latter off), and the request log ({@link RequestLog}).
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Import(ProblemDetailsHandler.class)
public class WebSupportAutoConfiguration {

    /** Strict JSON bodies: no coercion, no unknown fields, every string checked (docs/api.md, "Input policy"). */
    @Bean
    JsonMapperBuilderCustomizer strictJson() {
        return new StrictJson();
    }

    /**
     * One line per API request, inside Spring's HTTP observation (its filter is at the highest precedence + 1), so
     * the line carries the trace; before security, so refusals are logged too.
     */
    @Bean
    FilterRegistrationBean<RequestLog> requestLog() {
        FilterRegistrationBean<RequestLog> registration = new FilterRegistrationBean<>(new RequestLog());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        return registration;
    }

    /** No control character in any query parameter or path variable of any request. */
    @Bean
    WebMvcConfigurer strictQueryText() {
        StrictQueryText strict = new StrictQueryText();
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(strict);
            }
        };
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(
            name = "skillalliance.web.strict-query-parameters",
            havingValue = "true",
            matchIfMissing = true)
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
