package org.skillalliance.web;

import java.util.Set;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.jdk.NumberDeserializers;
import tools.jackson.databind.deser.std.StdScalarDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.type.LogicalType;

/**
 * Reads a boxed number or boolean as Jackson does, after refusing a JSON scalar of another type with its value
 * ({@code "7"} for an {@code Integer}: {@code '7' is not a whole number}, as {@link ProblemDetailsHandler} words an
 * {@link InvalidFormatException}). Jackson's own refusal of a coercion names no value.
 */
final class ScalarTypeGuard<T> extends StdScalarDeserializer<T> {

    private static final Set<JsonToken> TEXT_OR_BOOLEAN =
            Set.of(JsonToken.VALUE_STRING, JsonToken.VALUE_TRUE, JsonToken.VALUE_FALSE);
    private static final Set<JsonToken> TEXT_OR_NUMBER =
            Set.of(JsonToken.VALUE_STRING, JsonToken.VALUE_NUMBER_INT, JsonToken.VALUE_NUMBER_FLOAT);

    private final ValueDeserializer<T> standard;
    private final Set<JsonToken> refused;

    @SuppressWarnings("unchecked")
    private ScalarTypeGuard(Class<T> type, Set<JsonToken> refused) {
        super(type);
        this.standard = (ValueDeserializer<T>) NumberDeserializers.find(type);
        this.refused = refused;
    }

    /** For a number type: a string or a boolean is refused. */
    static <T> ScalarTypeGuard<T> number(Class<T> type) {
        return new ScalarTypeGuard<>(type, TEXT_OR_BOOLEAN);
    }

    /** For {@code Boolean}: a string or a number is refused. */
    static ScalarTypeGuard<Boolean> bool() {
        return new ScalarTypeGuard<>(Boolean.class, TEXT_OR_NUMBER);
    }

    @Override
    public T deserialize(JsonParser parser, DeserializationContext context) {
        if (refused.contains(parser.currentToken())) {
            throw InvalidFormatException.from(
                    parser,
                    "a JSON " + parser.currentToken() + " is not of type "
                            + handledType().getSimpleName(),
                    parser.getString(),
                    handledType());
        }
        return standard.deserialize(parser, context);
    }

    @Override
    public LogicalType logicalType() {
        return standard.logicalType();
    }
}
