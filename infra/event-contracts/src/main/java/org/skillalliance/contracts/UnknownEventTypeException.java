package org.skillalliance.contracts;

import java.io.Serial;

/**
 * An event whose logical type name the {@link EventRegistry} does not know. Its reason reads
 * {@code unknown event type 'Foo'}.
 */
public class UnknownEventTypeException extends InvalidEventException {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The unknown type name, as received. */
    private final String typeName;

    /**
     * Creates the exception; its reason reads {@code unknown event type '<typeName>'}.
     *
     * @param typeName the unknown logical type name
     */
    public UnknownEventTypeException(String typeName) {
        super("unknown event type '" + typeName + "'");
        this.typeName = typeName;
    }

    /**
     * The type name that was not known.
     *
     * @return the unknown logical type name, as received
     */
    public String typeName() {
        return typeName;
    }
}
