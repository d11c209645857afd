package org.skillalliance.curriculum.quote;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * What funding-service expects to reimburse for one seat, or that nobody knows right now.
 *
 * @param known               false when funding-service did not answer in time (or its circuit is open)
 * @param expectedOffsetMinor the expected reimbursement in minor units; null when unknown
 * @param seatCostMinor       funding's view of the seat's cost (the employer's share for one seat); null when unknown
 * @param awardId             the award it would come from, or null
 * @param programmeId         that award's programme, or null
 * @param reason              why there is no offset, or why it is unknown
 */
public record GrantOffset(
        boolean known,
        Long expectedOffsetMinor,
        BigDecimal seatCostMinor,
        UUID awardId,
        UUID programmeId,
        String reason) {

    static GrantOffset unknown(String reason) {
        return new GrantOffset(false, null, null, null, null, reason);
    }
}
