package org.skillalliance.member.shared;

import java.util.List;
import org.skillalliance.web.FieldViolation;
import org.skillalliance.web.RuleRefusal;

/**
 * A business rule refuses a request that is well formed on its own (an unknown country code, a role that does not fit
 * the organisation, consent to a stale text, ...). {@code field} names the input to blame. Answered as problem+json by
 * web-support's advice, like every service's {@link RuleRefusal}.
 */
public class RuleBroken extends RuleRefusal {

    private RuleBroken(Kind kind, String field, String reason) {
        super(kind, field, reason);
    }

    private RuleBroken(List<FieldViolation> violations) {
        super(violations);
    }

    /** The input's value is unknown, out of range or inconsistent with another input (400). */
    public static RuleBroken invalid(String field, String reason) {
        return new RuleBroken(Kind.INVALID_INPUT, field, reason);
    }

    /** Several inputs are invalid, each named with its reason (400). */
    public static RuleBroken invalid(List<FieldViolation> violations) {
        return new RuleBroken(violations);
    }

    /** The input is fine but a business rule refuses it (422). */
    public static RuleBroken rule(String field, String reason) {
        return new RuleBroken(Kind.RULE, field, reason);
    }
}
