package org.skillalliance.web;

import jakarta.servlet.DispatcherType;
import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.startup.Tomcat;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.http11.AbstractHttp11Protocol;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Every error of a servlet service as problem+json, whoever answers it (docs/api.md): Spring Boot's {@code /error}
 * page ({@link ProblemErrorController} instead of the {@code BasicErrorController}, hence before
 * {@link ErrorMvcAutoConfiguration}), Tomcat's error page ({@link ProblemErrorReportValve} instead of its HTML valve),
 * and the body limit ({@link BodyLimitFilter}, {@code skillalliance.web.body-limit.*}), with Tomcat reading the rest
 * of a refused body so that the client gets its 413.
 */
@AutoConfiguration(before = ErrorMvcAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(BodyLimitProperties.class)
public class ErrorResponsesAutoConfiguration {

    /** After the character-encoding filter (the reader decodes with its charset), long before security. */
    static final int BODY_LIMIT_ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

    @Bean
    ProblemErrorController problemErrorController() {
        return new ProblemErrorController();
    }

    @Bean
    FilterRegistrationBean<BodyLimitFilter> bodyLimitFilter(BodyLimitProperties limits) {
        FilterRegistrationBean<BodyLimitFilter> registration =
                new FilterRegistrationBean<>(new BodyLimitFilter(limits));
        registration.setOrder(BODY_LIMIT_ORDER);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(Tomcat.class)
    static class TomcatErrorResponses {

        @Bean
        WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> problemTomcat(BodyLimitProperties limits) {
            return new ProblemTomcatCustomizer(limits.swallow().toBytes());
        }
    }

    /** Last of the Tomcat customizers, so that it replaces the valve Spring Boot adds and sees its swallow size. */
    static final class ProblemTomcatCustomizer
            implements WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory>, Ordered {

        private final long swallow;

        ProblemTomcatCustomizer(long swallow) {
            this.swallow = swallow;
        }

        @Override
        public void customize(ConfigurableTomcatWebServerFactory factory) {
            factory.addContextCustomizers(context -> replaceErrorReportValve(context.getParent()));
            factory.addConnectorCustomizers(connector -> {
                if (connector.getProtocolHandler() instanceof AbstractHttp11Protocol<?> http) {
                    int configured = http.getMaxSwallowSize();
                    if (configured >= 0 && configured < swallow) {
                        http.setMaxSwallowSize((int) Math.min(swallow, Integer.MAX_VALUE));
                    }
                }
            });
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }

        private static void replaceErrorReportValve(Container host) {
            boolean installed = false;
            for (Valve valve : host.getPipeline().getValves()) {
                if (valve instanceof ProblemErrorReportValve) {
                    installed = true;
                } else if (valve instanceof ErrorReportValve) {
                    host.getPipeline().removeValve(valve);
                }
            }
            if (!installed) {
                host.getPipeline().addValve(new ProblemErrorReportValve());
            }
            // the host adds a valve of this class when it starts unless it finds one: it finds ours
            if (host instanceof StandardHost standardHost) {
                standardHost.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
            }
        }
    }
}
