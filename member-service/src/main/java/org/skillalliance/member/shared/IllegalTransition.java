package org.skillalliance.member.shared;

import org.skillalliance.web.IllegalTransitionException;

/**
 * A lifecycle does not allow an action in the current state (suspending a rejected membership, updating an erased
 * staff member); answered 409 {@code illegal-transition} by web-support like every service's.
 */
public class IllegalTransition extends IllegalTransitionException {

    public IllegalTransition(String resource, Object id, Enum<?> currentState, String action) {
        super(resource, id, currentState.name(), action);
    }
}
