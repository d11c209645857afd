/**
 * Gateway: Spring Cloud Gateway (WebFlux) in front of the four services. The routes live in {@code application.yml},
 * one per owning service, with each service's address from the environment.
 */
package org.skillalliance.gateway;
