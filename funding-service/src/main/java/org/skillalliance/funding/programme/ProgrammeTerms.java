package org.skillalliance.funding.programme;

import java.time.LocalDate;
import java.util.List;
import org.jmolecules.ddd.annotation.ValueObject;
import org.skillalliance.funding.money.Money;

/** The validated terms of a programme, as a draft is created or revised with them. */
@ValueObject
record ProgrammeTerms(
        String name,
        Money budget,
        LocalDate periodStart,
        LocalDate periodEnd,
        Eligibility eligibility,
        List<BandRule> bandRules,
        Long capPerParticipantMinor,
        Long capPerEmployerMinor,
        int suppressionK,
        SchemeRules schemeRules) {}
