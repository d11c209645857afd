package org.skillalliance.web.openapi;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.math.BigDecimal;
import org.skillalliance.web.PageQuery;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.web.method.HandlerMethod;

/**
 * The bounds and defaults of the {@code page} and {@code size} query parameters every list takes, as
 * {@link PageQuery#of} enforces them: {@code page} from 0 (default 0), {@code size} from 1 to {@value PageQuery#MAX_SIZE}
 * (default {@value PageQuery#DEFAULT_SIZE}). The handlers read them as plain optional integers, so springdoc alone would
 * document any integer.
 */
public final class PagingParameters implements OperationCustomizer {

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        if (operation.getParameters() == null) {
            return operation;
        }
        for (Parameter parameter : operation.getParameters()) {
            Schema<?> schema = parameter.getSchema();
            if (!"query".equals(parameter.getIn()) || schema == null || !isInteger(schema)) {
                continue;
            }
            if ("page".equals(parameter.getName())) {
                parameter.setSchema(bounded(schema, 0, null, 0));
                describe(parameter, "the page to answer, from 0");
            } else if ("size".equals(parameter.getName())) {
                parameter.setSchema(bounded(schema, 1, PageQuery.MAX_SIZE, PageQuery.DEFAULT_SIZE));
                describe(parameter, "how many items a page holds, 1 to " + PageQuery.MAX_SIZE);
            }
        }
        return operation;
    }

    private static boolean isInteger(Schema<?> schema) {
        return "integer".equals(schema.getType())
                || schema.getTypes() != null && schema.getTypes().contains("integer");
    }

    /** A new schema: springdoc may give parameters of one type one schema object, which must stay unbounded. */
    private static Schema<Object> bounded(Schema<?> schema, int minimum, Integer maximum, int defaultValue) {
        Schema<Object> bounded = ApiDocument.typed("integer");
        bounded.format(schema.getFormat()).minimum(BigDecimal.valueOf(minimum)).setDefault(defaultValue);
        if (maximum != null) {
            bounded.setMaximum(BigDecimal.valueOf(maximum));
        }
        return bounded;
    }

    private static void describe(Parameter parameter, String description) {
        if (parameter.getDescription() == null) {
            parameter.setDescription(description);
        }
    }
}
