/**
 * System tests: the services run as real processes from their packaged jars, on one real PostgreSQL server (a
 * database each) and one real Kafka broker, and talk to each other as in production. Each test drives them through
 * their public HTTP APIs only.
 */
package org.skillalliance.system;
