package org.skillalliance.funding.programme;

import org.jmolecules.ddd.annotation.ValueObject;

/** What a programme's requirement asks the claiming employer for. */
@ValueObject
public enum RequirementKind {
    /** A report on the training's progress. */
    PROGRESS_REPORT,
    /** A report on an outcome: a new role, a credential, a job kept. */
    OUTCOME_REPORT
}
