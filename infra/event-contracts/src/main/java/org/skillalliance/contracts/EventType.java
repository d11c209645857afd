package org.skillalliance.contracts;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One logical event type: its name on the wire, the version of its payload schema and the record its payload maps to.
 * The JSON Schema of the payload is attached when the type is registered in an {@link EventRegistry}.
 *
 * @param name          logical name on the wire, UpperCamelCase, for example {@code EnrolmentConfirmed}; never a Java
 *                      class name (see {@link EventTypes})
 * @param schemaVersion version of the payload schema, starting at 1; additive changes keep the version
 * @param payloadClass  the record the payload maps to
 * @param <P>           the payload type
 */
public record EventType<P>(String name, int schemaVersion, Class<P> payloadClass) {

    private static final Pattern NAME = Pattern.compile("[A-Z][A-Za-z0-9]*");

    /**
     * Checks the name, version and payload class.
     *
     * @throws NullPointerException     if {@code name} or {@code payloadClass} is {@code null}
     * @throws IllegalArgumentException if the name is not UpperCamelCase letters and digits, or the version is below 1
     */
    public EventType {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(payloadClass, "payloadClass");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(
                    "event type name must be UpperCamelCase letters and digits (a logical name, not a class name): '"
                            + name + "'");
        }
        if (schemaVersion < 1) {
            throw new IllegalArgumentException("schemaVersion must be at least 1, got " + schemaVersion);
        }
    }
}
