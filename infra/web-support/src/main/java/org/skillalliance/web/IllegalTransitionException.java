package org.skillalliance.web;

/**
 * A lifecycle refused an action in its current state. Plain Java on purpose, so that domain objects can throw it
 * without depending on the web layer; it is answered with 409 problem+json carrying {@code currentState} and
 * {@code action}.
 */
public class IllegalTransitionException extends RuntimeException {

    private final String currentState;
    private final String action;

    public IllegalTransitionException(String resource, Object id, String currentState, String action) {
        super("cannot " + action + " " + resource + " " + id + ": it is " + currentState);
        this.currentState = currentState;
        this.action = action;
    }

    public String currentState() {
        return currentState;
    }

    public String action() {
        return action;
    }
}
