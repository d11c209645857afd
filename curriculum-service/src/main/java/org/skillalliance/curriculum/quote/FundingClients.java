package org.skillalliance.curriculum.quote;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.service.registry.ImportHttpServices;

/** The {@link FundingApi} client, configured as the {@code funding} group under {@code spring.http.serviceclient}. */
@Configuration(proxyBeanMethods = false)
@ImportHttpServices(group = "funding", types = FundingApi.class)
class FundingClients {}
