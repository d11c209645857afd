package org.skillalliance.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KafkaClusterIdTest {

    /** One random id in 64 starts with a dash, which kafka-storage's parser took for an option: 10,000 never do. */
    @Test
    void aClusterIdIsSixteenRandomBytesAndNeverLooksLikeAnOption() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String id = KafkaBroker.clusterId();
            assertThat(id).hasSize(22).doesNotStartWith("-").matches("[A-Za-z0-9_-]+");
            assertThat(Base64.getUrlDecoder().decode(id)).hasSize(16);
            ids.add(id);
        }
        assertThat(ids).hasSize(10_000);
    }
}
