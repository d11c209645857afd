package org.skillalliance.reporting.infrastructure;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * Entity tags on every report ({@code GET /api/reports/**}): the answer is hashed as it leaves, and a request whose
 * {@code If-None-Match} names the hash gets {@code 304} with no body. The report is still computed (its figures come
 * from the projections on each request); what a client saves is the transfer and the parsing, and what it gains is a
 * cheap, exact "has it changed?". The hash covers the whole representation, {@code currentAsOf} included, so any event
 * the projections applied since gives a new tag: a client may re-read a report that did not change in figures, never
 * miss one that did.
 */
@Configuration(proxyBeanMethods = false)
class ReportCaching {

    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> reportEntityTags() {
        FilterRegistrationBean<ShallowEtagHeaderFilter> registration =
                new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
        registration.addUrlPatterns("/api/reports/*");
        registration.setName("reportEntityTags");
        return registration;
    }
}
