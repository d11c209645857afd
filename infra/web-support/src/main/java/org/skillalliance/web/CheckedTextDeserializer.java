package org.skillalliance.web;

import jakarta.validation.constraints.Size;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.std.StdScalarDeserializer;

/**
 * Reads every {@code String} of a request body (fields, list elements, nested objects): only a JSON string is taken,
 * never a number or boolean turned into text, and the text must pass {@link InputPolicy#refusalOfBodyText}. The length
 * limit is {@link InputPolicy#MAX_TEXT_LENGTH}, or the field's own {@code @Size(max)} where that is larger (a smaller
 * {@code @Size} is bean validation's to report).
 */
final class CheckedTextDeserializer extends StdScalarDeserializer<String> {

    private final int maxLength;

    CheckedTextDeserializer() {
        this(InputPolicy.MAX_TEXT_LENGTH);
    }

    private CheckedTextDeserializer(int maxLength) {
        super(String.class);
        this.maxLength = maxLength;
    }

    @Override
    public ValueDeserializer<?> createContextual(DeserializationContext context, BeanProperty property) {
        Size size = property == null ? null : property.getAnnotation(Size.class);
        if (size == null || size.max() == Integer.MAX_VALUE || size.max() <= InputPolicy.MAX_TEXT_LENGTH) {
            return this;
        }
        return new CheckedTextDeserializer(size.max());
    }

    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) {
        if (!parser.hasToken(JsonToken.VALUE_STRING)) {
            return (String) context.handleUnexpectedToken(String.class, parser);
        }
        String text = parser.getString();
        var refusal = InputPolicy.refusalOfBodyText(text, maxLength);
        if (refusal.isPresent()) {
            throw new InvalidText(parser, refusal.get());
        }
        return text;
    }
}
