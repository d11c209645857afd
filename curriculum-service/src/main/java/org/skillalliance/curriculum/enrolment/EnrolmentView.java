package org.skillalliance.curriculum.enrolment;

import org.jmolecules.ddd.annotation.ValueObject;

/** An enrolment with its current 1-based waitlist position (null unless it is waiting). */
@ValueObject
public record EnrolmentView(Enrolment enrolment, Integer waitlistPosition) {}
