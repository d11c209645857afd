package org.skillalliance.observability;

import io.micrometer.common.KeyValue;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationFilter;
import java.util.List;

/**
 * Takes the query string off every URI an observation records ({@code http.uri}, {@code http.url}, {@code url.full}):
 * a query can hold what a person typed (a staff search by name), and spans leave the platform for a trace backend.
 * Spring Cloud Gateway's client spans, for one, tag the forwarded URI as it came.
 */
public final class QueryStringsLeftOut implements ObservationFilter {

    static final List<String> URI_KEYS = List.of("http.uri", "http.url", "url.full");

    @Override
    public Observation.Context map(Observation.Context context) {
        for (String key : URI_KEYS) {
            KeyValue low = context.getLowCardinalityKeyValue(key);
            if (low != null && low.getValue().contains("?")) {
                context.addLowCardinalityKeyValue(KeyValue.of(key, withoutQuery(low.getValue())));
            }
            KeyValue high = context.getHighCardinalityKeyValue(key);
            if (high != null && high.getValue().contains("?")) {
                context.addHighCardinalityKeyValue(KeyValue.of(key, withoutQuery(high.getValue())));
            }
        }
        return context;
    }

    static String withoutQuery(String uri) {
        int query = uri.indexOf('?');
        return query < 0 ? uri : uri.substring(0, query);
    }
}
