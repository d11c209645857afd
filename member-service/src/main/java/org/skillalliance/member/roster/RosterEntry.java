package org.skillalliance.member.roster;

import java.util.UUID;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * One seat of a roster: the enrolment (curriculum-service's id, to join with its outcomes and attendance), its holder
 * and the holder's employer (legal name). First name, last name and employer name are null for a person who was
 * erased.
 */
@ValueObject
public record RosterEntry(
        UUID enrolmentId, UUID staffId, String firstName, String lastName, String employerName, SeatStatus status) {}
