/**
 * Real infrastructure for tests: a PostgreSQL server and a Kafka broker, each started once per test JVM and shared by
 * every test class, which gets a database of its own, or with {@code @RealInfrastructure(shareContext = true)} one
 * application context and database with the JVM's other sharing classes.
 *
 * <p>Where a Docker engine answers, Testcontainers serves both (PostgreSQL 17 and Apache Kafka images); elsewhere zonky's
 * embedded PostgreSQL 17 and spring-kafka-test's embedded KRaft broker do. Both paths are real servers: no H2, no mocked
 * broker. {@code SKILLALLIANCE_TEST_INFRA=embedded|containers} forces one path.
 *
 * <p>Spring tests annotate the class with {@link org.skillalliance.testsupport.RealInfrastructure}, which hands the
 * database and the broker to Spring Boot as {@code JdbcConnectionDetails} and {@code KafkaConnectionDetails} beans
 * ({@code RealDatabaseConnectionDetails}, {@code RealBrokerConnectionDetails}); plain tests call
 * {@link org.skillalliance.testsupport.TestPostgres#instance()} and {@link org.skillalliance.testsupport.TestKafka#instance()}.
 * {@link org.skillalliance.testsupport.KafkaBrokerProcess} runs a broker in a child JVM that a test can stop and start
 * again, for outage drills.
 */
package org.skillalliance.testsupport;
