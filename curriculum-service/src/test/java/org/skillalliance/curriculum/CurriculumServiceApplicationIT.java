package org.skillalliance.curriculum;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.skillalliance.testsupport.Readiness;
import org.skillalliance.testsupport.RealInfrastructure;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@RealInfrastructure(keycloak = true, shareContext = true)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CurriculumServiceApplicationIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void startsMigratesItsDatabaseAndIsReadyWithDatabaseAndKafka() {
        Readiness.assertReadyWithComponents(port, "db", "kafka");
        assertThat(jdbc.sql("select count(*) from flyway_schema_history where success")
                        .query(Integer.class)
                        .single())
                .isPositive();
        assertThat(jdbc.sql("select to_regclass('outbox_event') is not null")
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }
}
