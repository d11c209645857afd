package org.skillalliance.funding.shared;

import org.skillalliance.web.IllegalTransitionException;

/**
 * A lifecycle does not allow an action in the current state (opening a closed programme, paying a rejected claim);
 * answered 409 {@code illegal-transition} by web-support like every service's.
 */
public class IllegalTransition extends IllegalTransitionException {

    public IllegalTransition(String resource, Object id, Enum<?> currentState, String action) {
        super(resource, id, currentState.name(), action);
    }
}
