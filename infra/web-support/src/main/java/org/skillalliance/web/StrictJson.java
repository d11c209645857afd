package org.skillalliance.web;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.core.Ordered;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;

/**
 * The services' JSON mapper reads request bodies strictly (docs/api.md, "Input policy"): a value of the wrong JSON type
 * is a 400, never coerced ({@code 5.9} or {@code "7"} for a whole number, {@code "true"} or {@code 1} for a boolean,
 * {@code 5} for a string, {@code 0} for an enum, {@code ""} for a date, id or object; a whole number for a decimal
 * is no coercion and stays accepted); unknown fields, a field given
 * twice and anything after the body are refused; every string passes {@link InputPolicy} ({@link
 * CheckedTextDeserializer}). Ordered last, so a service's {@code spring.jackson.*} properties cannot loosen it.
 */
final class StrictJson implements JsonMapperBuilderCustomizer, Ordered {

    @Override
    public void customize(JsonMapper.Builder builder) {
        apply(builder);
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    /** Applies the policy to a builder (the services' mapper, and tests). */
    static JsonMapper.Builder apply(JsonMapper.Builder builder) {
        return builder.addModule(new SimpleModule("skillalliance-input-policy")
                        .addDeserializer(String.class, new CheckedTextDeserializer())
                        .addDeserializer(Integer.class, ScalarTypeGuard.number(Integer.class))
                        .addDeserializer(Long.class, ScalarTypeGuard.number(Long.class))
                        .addDeserializer(Short.class, ScalarTypeGuard.number(Short.class))
                        .addDeserializer(Double.class, ScalarTypeGuard.number(Double.class))
                        .addDeserializer(BigDecimal.class, ScalarTypeGuard.number(BigDecimal.class))
                        .addDeserializer(BigInteger.class, ScalarTypeGuard.number(BigInteger.class))
                        .addDeserializer(Boolean.class, ScalarTypeGuard.bool()))
                .addHandler(new ScalarOfTheWrongType())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .withCoercionConfigDefaults(
                        config -> config.setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                                .setAcceptBlankAsEmpty(false))
                .withCoercionConfig(
                        LogicalType.Integer,
                        config -> config.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(
                        LogicalType.Float,
                        config -> config.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(
                        LogicalType.Boolean,
                        config -> config.setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail));
    }

    /**
     * A scalar where a string belongs ({@code 5} or {@code true}) is reported with its value, as {@link
     * ProblemDetailsHandler} words it: {@code '5' is not a string} ({@link ScalarTypeGuard} does the same for numbers
     * and booleans).
     */
    static final class ScalarOfTheWrongType extends DeserializationProblemHandler {
        @Override
        public Object handleUnexpectedToken(
                DeserializationContext context,
                JavaType targetType,
                JsonToken token,
                JsonParser parser,
                String failureMessage) {
            if (token != null && token.isScalarValue() && token != JsonToken.VALUE_NULL) {
                throw InvalidFormatException.from(parser, failureMessage, parser.getString(), targetType.getRawClass());
            }
            return NOT_HANDLED;
        }
    }
}
