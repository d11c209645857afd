/**
 * Local infrastructure without Docker, the one launcher that {@code ./alliance} (infra/platform), the tests
 * (infra/test-support), the benchmarks and the drills share. No Spring: it starts processes and waits for them.
 */
package org.skillalliance.launcher;
