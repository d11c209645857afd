package org.skillalliance.web.openapi;

import io.swagger.v3.core.jackson.ModelResolver;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Properties;
import org.springdoc.core.configuration.SpringDocConfiguration;
import org.springdoc.core.properties.SpringDocConfigProperties;
import org.springdoc.core.providers.ObjectMapperProvider;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The OpenAPI document of every servlet service (package {@link org.skillalliance.web.openapi}): the service sets
 * {@code skillalliance.openapi.title} and {@code description}; the version is the platform's, the server the gateway.
 */
@AutoConfiguration(after = SpringDocConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnBean(ObjectMapperProvider.class)
@EnableConfigurationProperties(OpenApiProperties.class)
public class OpenApiAutoConfiguration {

    static final String DEFAULT_SERVER = "${GATEWAY_URL:http://localhost:8080}";
    private static final String PLATFORM_VERSION = "org/skillalliance/web/openapi/platform-version.properties";

    @Bean
    ApiDocument apiDocument(OpenApiProperties properties, Environment environment) {
        String title = properties.title() != null
                ? properties.title()
                : "Skill Alliance " + environment.getProperty("spring.application.name", "API");
        String version = properties.version() != null ? properties.version() : platformVersion();
        String server = properties.serverUrl() != null
                ? properties.serverUrl()
                : environment.resolvePlaceholders(DEFAULT_SERVER);
        return new ApiDocument(title, properties.description(), version, server);
    }

    @Bean
    ErrorResponses errorResponses() {
        return new ErrorResponses();
    }

    @Bean
    PagingParameters pagingParameters() {
        return new PagingParameters();
    }

    /**
     * springdoc's model resolver with {@link ApiTypeNames}: it replaces the default one (the registrar swaps converters
     * of the same class), first in the list so that springdoc's other converters stay in front of it.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    ModelResolver uniqueSchemaNames(
            ObjectMapperProvider mappers, SpringDocConfigProperties springDoc, ListableBeanFactory beans) {
        ApiTypeNames names = new ApiTypeNames(() -> handlerMethods(beans));
        return new ModelResolver(mappers.jsonMapper(), names).openapi31(springDoc.isOpenapi31());
    }

    private static Collection<HandlerMethod> handlerMethods(ListableBeanFactory beans) {
        List<HandlerMethod> handlers = new ArrayList<>();
        beans.getBeansOfType(RequestMappingHandlerMapping.class)
                .values()
                .forEach(mapping -> handlers.addAll(mapping.getHandlerMethods().values()));
        return handlers;
    }

    /** The build's project version, written into web-support's resources by Maven's filtering. */
    static String platformVersion() {
        Properties properties = new Properties();
        try (InputStream in = OpenApiAutoConfiguration.class.getClassLoader().getResourceAsStream(PLATFORM_VERSION)) {
            if (in == null) {
                throw new IllegalStateException(PLATFORM_VERSION + " is missing from web-support's jar");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version");
    }
}
