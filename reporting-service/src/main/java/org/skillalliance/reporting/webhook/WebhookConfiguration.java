package org.skillalliance.reporting.webhook;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The webhooks' settings ({@code skillalliance.webhooks.*}) and the sender's schedule. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WebhookProperties.class)
@EnableScheduling
class WebhookConfiguration {

    @Bean
    EndpointPolicy endpointPolicy(WebhookProperties properties) {
        return new EndpointPolicy(properties.allowHttp(), properties.allowPrivateAddresses());
    }

    @Bean
    RetrySchedule retrySchedule(WebhookProperties properties) {
        return new RetrySchedule(properties.firstRetryAfter(), properties.maxRetryAfter(), properties.retryFor());
    }
}
