package org.skillalliance.platform;

import java.io.PrintStream;
import org.skillalliance.platform.demo.DemoSeed;

/**
 * The launcher's hook for the demo seed: fills the running platform with a demo alliance through its public API and
 * says what it made (demo users, the headline figures of the impact report), for {@code ./alliance up} to print.
 *
 * <p>The seed is {@link DemoSeed#run}; {@code DemoSummary.describe()} gives the lines to print.
 */
@FunctionalInterface
interface DemoSeeding {

    /**
     * Seeds the demo through {@code endpoints}, reporting progress on {@code progress}.
     *
     * @return the lines to print under "Demo" in the summary
     */
    String seed(PlatformEndpoints endpoints, PrintStream progress);

    /** The seed {@code ./alliance up} runs. */
    static DemoSeeding current() {
        return (endpoints, progress) -> DemoSeed.run(endpoints, progress).describe();
    }
}
