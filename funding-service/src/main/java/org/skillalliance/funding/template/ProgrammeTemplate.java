package org.skillalliance.funding.template;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.skillalliance.funding.programme.ProgrammeRequest;
import org.skillalliance.funding.programme.ProgrammeRequest.BandRuleRequest;
import org.skillalliance.funding.programme.SchemeRulesRequest;
import org.skillalliance.funding.shared.SizeBand;

/**
 * A real funding scheme's terms as a programme template, read from {@code programme-templates/<key>.json}.
 *
 * @param key         the file's name without {@code .json}: lower case, digits and hyphens
 * @param name        the scheme's name, the default name of a programme drafted from it
 * @param country     ISO 3166-1 alpha-2 code of the country whose scheme it is
 * @param description what the scheme funds, in a few sentences
 * @param sources     the public sources the terms were taken from, each with the day it was read
 * @param notes       how the scheme was mapped onto the programme rules: each choice and what was left out, and why
 * @param programme   the terms: a programme request without what the funder chooses itself
 */
public record ProgrammeTemplate(
        @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]*", message = "must be lower-case letters, digits and hyphens")
        String key,

        @NotBlank @Size(max = 200) String name,

        @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code")
        String country,

        @NotBlank String description,
        @NotEmpty List<@Valid @NotNull Source> sources,
        @NotEmpty List<@NotBlank String> notes,
        @NotNull @Valid Terms programme) {

    /** A public source of the template's terms. */
    public record Source(
            @NotBlank String title,

            @NotBlank @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL")
            String url,

            @NotNull LocalDate readOn) {}

    /**
     * The shape of {@link ProgrammeRequest} without the funder, name, budget and period, which a funder chooses when it
     * drafts a programme from the template, and without alliances, which are the funder's own. Money is in minor units
     * of {@code currency}, the scheme's own.
     */
    public record Terms(
            @NotNull String currency,
            List<@NotNull SizeBand> eligibleSizeBands,
            List<@NotBlank String> eligibleSectorCodes,
            List<@NotBlank String> eligibleRegions,
            List<@NotBlank String> requiredPriorityTags,
            @NotEmpty List<@NotNull BandRuleRequest> bandRules,
            Long capPerParticipantMinor,
            Long capPerEmployerMinor,
            Integer suppressionK,
            SchemeRulesRequest schemeRules) {}

    /** A programme request with this template's terms and what the funder chose. */
    public ProgrammeRequest request(
            UUID funderId, String programmeName, long budgetMinor, LocalDate periodStart, LocalDate periodEnd) {
        return new ProgrammeRequest(
                funderId,
                programmeName,
                programme.currency(),
                budgetMinor,
                periodStart,
                periodEnd,
                List.of(),
                programme.eligibleSizeBands(),
                programme.eligibleSectorCodes(),
                programme.eligibleRegions(),
                programme.requiredPriorityTags(),
                programme.bandRules(),
                programme.capPerParticipantMinor(),
                programme.capPerEmployerMinor(),
                programme.suppressionK(),
                programme.schemeRules());
    }
}
