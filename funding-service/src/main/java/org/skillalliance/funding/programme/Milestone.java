package org.skillalliance.funding.programme;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * A point in a seat's life at which a programme pays a share of a claim, in this order. A programme without milestones
 * pays the whole claim at {@link #COMPLETION} (claims arise from completed seats).
 */
@ValueObject
public enum Milestone {
    /** The participants started: the cohort is running. */
    START,
    /** The participants completed: the claim's seats are completed seats. */
    COMPLETION,
    /** A later outcome, such as a new role or a credential, evidenced by a report the funder accepts. */
    OUTCOME
}
