package org.skillalliance.messaging.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TraceContextColumnTest {

    @Test
    void headersGoInAndComeOut() {
        Map<String, String> headers = Map.of("traceparent", "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01");
        assertThat(TraceContextColumn.read(TraceContextColumn.write(headers))).isEqualTo(headers);
    }

    @Test
    void noContextIsNullAndAnUnreadableOneIsNone() {
        assertThat(TraceContextColumn.write(Map.of())).isNull();
        assertThat(TraceContextColumn.read(null)).isEmpty();
        // a row the relay cannot read must still be published, without its trace, or its shard would stop for good
        assertThat(TraceContextColumn.read("{\"traceparent\": ")).isEmpty();
        assertThat(TraceContextColumn.read("[1, 2]")).isEmpty();
    }
}
