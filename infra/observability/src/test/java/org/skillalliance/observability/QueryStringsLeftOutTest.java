package org.skillalliance.observability;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.common.KeyValue;
import io.micrometer.observation.Observation;
import org.junit.jupiter.api.Test;

class QueryStringsLeftOutTest {

    @Test
    void aRecordedUriKeepsItsPathAndLosesItsQuery() {
        Observation.Context context = new Observation.Context();
        context.addHighCardinalityKeyValue(KeyValue.of("http.uri", "http://member:8081/api/staff?q=Jane%20Doe&page=1"));
        context.addLowCardinalityKeyValue(KeyValue.of("url.full", "/api/staff?q=Doe"));
        context.addHighCardinalityKeyValue(KeyValue.of("http.url", "/api/staff/42"));
        context.addHighCardinalityKeyValue(KeyValue.of("query", "q=Doe"));

        new QueryStringsLeftOut().map(context);

        assertThat(context.getHighCardinalityKeyValue("http.uri").getValue()).isEqualTo("http://member:8081/api/staff");
        assertThat(context.getLowCardinalityKeyValue("url.full").getValue()).isEqualTo("/api/staff");
        assertThat(context.getHighCardinalityKeyValue("http.url").getValue()).isEqualTo("/api/staff/42");
        // only URIs are touched
        assertThat(context.getHighCardinalityKeyValue("query").getValue()).isEqualTo("q=Doe");
    }
}
