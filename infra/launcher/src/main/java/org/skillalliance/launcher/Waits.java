package org.skillalliance.launcher;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionFactory;

/**
 * The one way the launchers wait for something to start or stop: Awaitility, told to leave other threads' uncaught
 * exceptions alone. By default an {@code await()} makes itself the JVM's handler for them while it waits and fails
 * with whatever another thread threw; a start or a stop would then fail, or skip its SIGKILL, for a reason that is not
 * its own.
 */
public final class Waits {

    private Waits() {}

    /** An Awaitility wait that fails only on its own condition (or its own timeout). */
    public static ConditionFactory await() {
        return Awaitility.await().dontCatchUncaughtExceptions();
    }

    /** The same, named in its timeout's message. */
    public static ConditionFactory await(String alias) {
        return Awaitility.await(alias).dontCatchUncaughtExceptions();
    }
}
