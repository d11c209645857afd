/**
 * Kafka wiring shared by every service: bounded retries with exponential backoff and then {@code <topic>.DLT}, the
 * declaration of the service's topic and of the dead-letter topics it writes, and Kafka in readiness.
 */
package org.skillalliance.messaging.kafka;
