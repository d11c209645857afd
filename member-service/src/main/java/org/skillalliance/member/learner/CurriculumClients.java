package org.skillalliance.member.learner;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.service.registry.ImportHttpServices;

/** The {@link CurriculumApi} client, configured as the {@code curriculum} group under {@code spring.http.serviceclient}. */
@Configuration(proxyBeanMethods = false)
@ImportHttpServices(group = "curriculum", types = CurriculumApi.class)
class CurriculumClients {}
