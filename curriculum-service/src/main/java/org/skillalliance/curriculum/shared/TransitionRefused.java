package org.skillalliance.curriculum.shared;

import org.skillalliance.web.IllegalTransitionException;

/**
 * A lifecycle does not allow an action in the current state (publishing a retired course, say); answered 409
 * {@code illegal-transition} by web-support like every service's.
 */
public class TransitionRefused extends IllegalTransitionException {

    public TransitionRefused(String resource, Object id, Enum<?> currentState, String action) {
        super(resource, id, currentState.name(), action);
    }
}
