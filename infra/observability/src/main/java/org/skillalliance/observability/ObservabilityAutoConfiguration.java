package org.skillalliance.observability;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/** Registers {@link QueryStringsLeftOut} with every service's observation registry. */
@AutoConfiguration
public class ObservabilityAutoConfiguration {

    @Bean
    QueryStringsLeftOut queryStringsLeftOut() {
        return new QueryStringsLeftOut();
    }
}
