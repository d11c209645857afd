package org.skillalliance.funding;

import java.time.LocalDate;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The {@link SettableClock} as the service's clock, for the integration tests whose scenarios span months or years
 * ({@code @Import(SettableClockConfiguration.class)}): one configuration, so those tests share one Spring context.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SettableClockConfiguration {

    /** Primary: the service's own clock bean may be registered too, depending on the order configurations load. */
    @Bean
    @Primary
    SettableClock settableClock() {
        return new SettableClock(LocalDate.of(2026, 4, 1));
    }
}
