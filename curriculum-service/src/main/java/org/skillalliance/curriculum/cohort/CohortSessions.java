package org.skillalliance.curriculum.cohort;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jmolecules.ddd.annotation.Repository;

/**
 * What a cohort's answer shows of its sessions (implemented by the session feature, so that cohorts do not depend on
 * it): how many there are, and on the single cohort the sessions themselves.
 */
@Repository
public interface CohortSessions {

    /** One session as a cohort's answer shows it; {@code hours} is its length, exact with 2 decimals. */
    record Slot(
            UUID id,
            LocalDate date,
            LocalTime startTime,
            LocalTime endTime,
            String place,
            String onlineLink,
            String title,
            BigDecimal hours) {}

    /** The number of sessions of each of these cohorts, in one query; a cohort without sessions is left out. */
    Map<UUID, Integer> sessionCounts(Collection<UUID> cohortIds);

    /** The cohort's sessions in time order. */
    List<Slot> sessions(UUID cohortId);
}
