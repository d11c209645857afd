package org.skillalliance.curriculum.shared;

import org.skillalliance.web.RuleRefusal;

/**
 * A business rule refuses a request that is well formed on its own (a staff member who left, a full window, ...).
 * {@code field} names the input to blame, or is null when no single field is. Answered as problem+json by
 * web-support's advice, like every service's {@link RuleRefusal}.
 */
public class RuleBroken extends RuleRefusal {

    public RuleBroken(Kind kind, String field, String reason) {
        super(kind, field, reason);
    }

    /** The input's value is out of range or inconsistent with another input (400). */
    public static RuleBroken invalid(String field, String reason) {
        return new RuleBroken(Kind.INVALID_INPUT, field, reason);
    }

    /** The input is fine but a business rule refuses it (422). */
    public static RuleBroken rule(String field, String reason) {
        return new RuleBroken(Kind.RULE, field, reason);
    }
}
