package org.skillalliance.web.openapi;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Under {@code skillalliance.openapi}: what a service's OpenAPI document says about the service.
 *
 * @param title       the document's title, e.g. {@code Skill Alliance curriculum-service}; by default "Skill Alliance"
 *                    and the application's name
 * @param description what the service is for, in a few sentences (Markdown)
 * @param version     the API's version; by default the platform's (the build's project version)
 * @param serverUrl   where clients call the API: the gateway, {@code ${GATEWAY_URL:http://localhost:8080}} by default
 */
@ConfigurationProperties("skillalliance.openapi")
public record OpenApiProperties(String title, String description, String version, String serverUrl) {}
