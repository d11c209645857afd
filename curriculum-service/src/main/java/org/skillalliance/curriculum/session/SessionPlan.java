package org.skillalliance.curriculum.session;

import java.time.LocalDate;
import java.time.LocalTime;
import org.jmolecules.ddd.annotation.ValueObject;

/** What the coordinator or provider sets for a session; {@code place} or {@code onlineLink}, not both. */
@ValueObject
public record SessionPlan(
        LocalDate date, LocalTime startTime, LocalTime endTime, String place, String onlineLink, String title) {}
