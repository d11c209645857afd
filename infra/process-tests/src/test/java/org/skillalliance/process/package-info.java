/**
 * Process tests: services run as real processes of their own from their packaged jars, on one real PostgreSQL server
 * (a database each) and one real Kafka broker, killed and restarted; each test drives them through their public HTTP
 * APIs only. They need no shared whole platform, so this module runs beside infra/system-tests.
 */
package org.skillalliance.process;
