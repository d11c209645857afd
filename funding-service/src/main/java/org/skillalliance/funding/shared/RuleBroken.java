package org.skillalliance.funding.shared;

import java.util.List;
import org.skillalliance.web.FieldViolation;
import org.skillalliance.web.RuleRefusal;

/**
 * A business rule refuses a request that is well formed on its own (an award beyond the budget, an employer the
 * programme does not admit, ...). {@code field} names the input to blame. Answered as problem+json by web-support's
 * advice, like every service's {@link RuleRefusal}.
 */
public class RuleBroken extends RuleRefusal {

    private RuleBroken(Kind kind, String field, String reason) {
        super(kind, field, reason);
    }

    private RuleBroken(List<FieldViolation> violations) {
        super(violations);
    }

    /** The input's value is out of range or inconsistent with another input (400). */
    public static RuleBroken invalid(String field, String reason) {
        return new RuleBroken(Kind.INVALID_INPUT, field, reason);
    }

    /** Several inputs are out of range or inconsistent, each named with its reason (400). */
    public static RuleBroken invalid(List<FieldViolation> violations) {
        return new RuleBroken(violations);
    }

    /** The input is fine but a business rule refuses it (422). */
    public static RuleBroken rule(String field, String reason) {
        return new RuleBroken(Kind.RULE, field, reason);
    }
}
