package org.skillalliance.curriculum.followup;

import org.jmolecules.ddd.annotation.ValueObject;

/** Where a completed seat's follow-up stands on a given day. */
@ValueObject
public enum FollowUpStatus {
    /** Not rated, and its window has not opened yet. */
    UPCOMING,
    /** Not rated, and the day is inside its window. */
    DUE,
    /** Not rated, and its window has closed. */
    OVERDUE,
    /** Rated (a correction inside the window is still possible). */
    DONE
}
