package org.skillalliance.funding.allocation;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * How a cohort's cost is shared among its participating employers: funding's own type, mapped to the contract enum of
 * the same name where {@code CostSharesFixed} leaves the service.
 */
@ValueObject
public enum CostSharingRule {
    /** The same share for every participating employer. */
    EQUAL,
    /** In proportion to the seats each employer holds (the default). */
    PER_SEAT,
    /** In proportion to each employer's headcount. */
    PER_HEADCOUNT,
    /** A base fee per employer plus an amount per seat. */
    BASE_PLUS_PER_SEAT
}
