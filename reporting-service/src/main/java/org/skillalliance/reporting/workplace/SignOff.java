package org.skillalliance.reporting.workplace;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.jmolecules.ddd.annotation.ValueObject;

/**
 * One signed-off learning of one learner, with its employer's facts as the projections know them.
 *
 * @param learner           the staff id, or an erased staff member's pseudonym: one per person either way
 * @param organisationKnown whether the employer's organisation event has arrived (size band, sector and region)
 */
@ValueObject
public record SignOff(
        UUID learningId,
        UUID learner,
        String kind,
        UUID allianceId,
        UUID employerId,
        int levelReached,
        BigDecimal loggedHours,
        LocalDate signedOffOn,
        boolean organisationKnown,
        String sizeBand,
        String sectorCode,
        String region) {}
