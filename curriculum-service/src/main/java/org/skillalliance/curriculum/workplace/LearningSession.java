package org.skillalliance.curriculum.workplace;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jmolecules.ddd.annotation.ValueObject;

/** One session of a plan: the day, the hours (scale 2), what was practised (trimmed), who logged it and when. */
@ValueObject
public record LearningSession(
        UUID id,
        UUID learningId,
        LocalDate date,
        BigDecimal hours,
        String practised,
        LearningRole loggedBy,
        Instant loggedAt) {}
