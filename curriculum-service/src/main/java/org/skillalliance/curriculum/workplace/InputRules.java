package org.skillalliance.curriculum.workplace;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.skillalliance.curriculum.shared.RuleBroken;

/** The shapes of learning at work's inputs: hours (exact decimals, at most 2 places, kept at scale 2), levels, texts. */
final class InputRules {

    private InputRules() {}

    /**
     * The hours at scale 2, checked to be more than 0 (or at least 0 where {@code zeroAllowed}) and at most
     * {@code max}.
     *
     * @throws RuleBroken (400) naming the field otherwise
     */
    static BigDecimal hours(String field, BigDecimal hours, BigDecimal max, boolean zeroAllowed) {
        if (hours == null) {
            throw RuleBroken.invalid(field, "is required");
        }
        boolean tooLow = zeroAllowed ? hours.signum() < 0 : hours.signum() <= 0;
        if (tooLow || hours.compareTo(max) > 0) {
            throw RuleBroken.invalid(
                    field,
                    "must be " + (zeroAllowed ? "at least 0" : "more than 0") + " and at most " + max.toPlainString()
                            + ", got " + hours.toPlainString());
        }
        if (hours.stripTrailingZeros().scale() > 2) {
            throw RuleBroken.invalid(field, "must have at most 2 decimals, got " + hours.toPlainString());
        }
        return hours.setScale(2, RoundingMode.UNNECESSARY);
    }

    /** A level 1 (basic) to 5 (expert). */
    static int level(String field, Integer level) {
        if (level == null || level < 1 || level > 5) {
            throw RuleBroken.invalid(field, "must be between 1 and 5" + (level == null ? "" : ", got " + level));
        }
        return level;
    }

    /** Text trimmed, 1 to {@code max} characters. */
    static String text(String field, String text, int max) {
        String trimmed = text == null ? "" : text.trim();
        if (trimmed.isEmpty() || trimmed.length() > max) {
            throw RuleBroken.invalid(
                    field, "must be 1 to " + max + " characters after trimming, got " + trimmed.length());
        }
        return trimmed;
    }
}
