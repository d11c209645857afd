package org.skillalliance.funding.results;

import java.time.Instant;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * One line of an employer's change log for a cohort's results, oldest first.
 *
 * @param at        when the change was made
 * @param by        who made it: the caller's Keycloak user id (the token's {@code sub})
 * @param action    what was done
 * @param measureId the measure concerned; null for the wage cost
 * @param before    the measure, or {@code {hourlyWageCostMinor}}, before the change; null where there was none
 * @param after     the same after the change; null for a withdrawal
 */
public record CohortResultsChange(
        Instant at, String by, ResultsChangeAction action, UUID measureId, JsonNode before, JsonNode after) {}
