package org.skillalliance.curriculum.enrolment;

/** An enrolment with its current 1-based waitlist position (null unless it is waiting). */
public record EnrolmentView(Enrolment enrolment, Integer waitlistPosition) {}
