package org.skillalliance.funding.results;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.skillalliance.funding.award.AwardManagement;
import org.skillalliance.funding.facts.Facts;
import org.skillalliance.funding.facts.FactsQueries;
import org.skillalliance.funding.shared.RuleBroken;
import org.skillalliance.security.Caller;
import org.skillalliance.security.Role;
import org.skillalliance.web.ApiException;
import org.skillalliance.web.PageQuery;
import org.skillalliance.web.PageResponse;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An employer's business results for the cohorts its staff attended (Kirkpatrick level 4): read, list, add, correct
 * and withdraw measures, set the hourly wage cost, read the change log. The employer is the caller's organisation,
 * through its {@code member-admin}. Each change locks the results, is refused once the report period closed, appends
 * one line to the change log and one {@code CohortResultsReported} (the whole state) to the outbox, in one
 * transaction.
 */
@Service
public class CohortResultsManagement {

    private final JdbcCohortResults results;
    private final FactsQueries facts;
    private final AwardManagement awards;
    private final CohortResultsEventsPublisher events;
    private final Clock clock;

    CohortResultsManagement(
            JdbcCohortResults results,
            FactsQueries facts,
            AwardManagement awards,
            CohortResultsEventsPublisher events,
            Clock clock) {
        this.results = results;
        this.facts = facts;
        this.awards = awards;
        this.events = events;
        this.clock = clock;
    }

    /** Results with the report period that bounds their changes, as of {@code today}. */
    public record View(CohortResults results, ReportPeriod period, boolean editable) {}

    /**
     * The caller's employer's results for the cohort: revision 0 without measures or wage cost when its staff
     * attended but nothing is reported yet.
     *
     * @throws ApiException.Forbidden for every role but {@code member-admin} (and admins), or a caller acting for no
     *                                organisation
     * @throws ApiException.NotFound  the cohort is unknown, or the employer has no results for it and none of its
     *                                staff attended it
     */
    @Transactional(readOnly = true)
    public View read(Caller caller, UUID cohortId) {
        UUID employerId = employer(caller, "read business results");
        Facts.Cohort cohort = cohort(cohortId);
        CohortResults found = results.find(employerId, cohortId).orElseGet(() -> {
            if (!results.attended(employerId, cohortId)) {
                throw new ApiException.NotFound("cohort results", cohortId);
            }
            return CohortResults.none(employerId, cohortId, cohort.currency());
        });
        return view(found, cohort);
    }

    /**
     * The caller's employer's results (an admin's list: every employer's), one per cohort its staff attended or it
     * reported for, latest cohort first.
     */
    @Transactional(readOnly = true)
    public PageResponse<View> list(Caller caller, CohortResultsFilter filter, PageQuery page) {
        caller.requireAnyRole("read business results", Role.MEMBER_ADMIN);
        UUID scope = caller.listScope();
        return PageResponse.of(
                results.keys(scope, filter.cohortId(), page).stream()
                        .map(key -> {
                            Facts.Cohort cohort = cohort(key.cohortId());
                            return view(
                                    results.find(key.employerId(), key.cohortId())
                                            .orElseGet(() -> CohortResults.none(
                                                    key.employerId(), key.cohortId(), cohort.currency())),
                                    cohort);
                        })
                        .toList(),
                page,
                results.count(scope, filter.cohortId()));
    }

    /** The change log of the caller's employer's results for the cohort, oldest first (access as {@link #read}). */
    @Transactional(readOnly = true)
    public PageResponse<CohortResultsChange> changes(Caller caller, UUID cohortId, PageQuery page) {
        UUID employerId = read(caller, cohortId).results().employerId();
        return PageResponse.of(
                results.changes(employerId, cohortId, page), page, results.countChanges(employerId, cohortId));
    }

    /** A change's result: the results after it, and the measure it concerned (null for the wage cost). */
    public record Changed(View view, UUID measureId) {}

    /**
     * Adds a business measure to the caller's employer's results for the cohort.
     *
     * @throws ApiException.Forbidden as {@link #read}
     * @throws ApiException.NotFound  the cohort is unknown
     * @throws RuleBroken             400: a field out of range ({@link BusinessMeasure}); 422: {@code cohortId} none
     *                                of the employer's staff attended the cohort or its report period closed,
     *                                {@code currency} not the cohort's cost currency, {@code measures} the most
     *                                measures are reported already
     */
    @Transactional
    public Changed addMeasure(Caller caller, UUID cohortId, MeasureRequest request) {
        BusinessMeasure measure = request.measure(UUID.randomUUID());
        return change(
                caller,
                cohortId,
                null,
                (r, period, today, now) -> r.addMeasure(measure, request.currency(), period, today, now));
    }

    /**
     * Corrects a measure of the caller's employer's results for the cohort (refusals as {@link #addMeasure}, after the
     * measure is found).
     *
     * @throws ApiException.NotFound the measure is not reported in these results (another employer's included), before
     *                               any rule is checked
     */
    @Transactional
    public Changed correctMeasure(Caller caller, UUID cohortId, UUID measureId, MeasureRequest request) {
        BusinessMeasure correction = request.measure(measureId);
        return change(
                caller,
                cohortId,
                measureId,
                (r, period, today, now) -> r.correctMeasure(correction, request.currency(), period, today, now));
    }

    /**
     * Withdraws a measure of the caller's employer's results for the cohort (refusals as {@link #correctMeasure}).
     *
     * @throws ApiException.NotFound the measure is not reported in these results (another employer's included)
     */
    @Transactional
    public Changed withdrawMeasure(Caller caller, UUID cohortId, UUID measureId) {
        return change(
                caller,
                cohortId,
                measureId,
                (r, period, today, now) -> r.withdrawMeasure(measureId, period, today, now));
    }

    /** Sets the hourly wage cost of the caller's employer's participants in the cohort (refusals as add). */
    @Transactional
    public Changed setWageCost(Caller caller, UUID cohortId, WageCostRequest request) {
        return change(
                caller,
                cohortId,
                null,
                (r, period, today, now) ->
                        r.setWageCost(request.hourlyWageCostMinor(), request.currency(), period, today, now));
    }

    /** One change of locked results. */
    @FunctionalInterface
    private interface Change {
        CohortResultsEvent apply(CohortResults results, ReportPeriod period, LocalDate today, Instant now);
    }

    /**
     * Applies one change to the caller's employer's locked results. {@code measureId} names the reported measure a
     * correction or withdrawal concerns (null for an addition or the wage cost): it is looked up in the caller's own
     * results before any rule, so another employer's measure is not found (404) rather than refused (422).
     */
    private Changed change(Caller caller, UUID cohortId, UUID measureId, Change change) {
        UUID employerId = employer(caller, "report business results");
        Facts.Cohort cohort = cohort(cohortId);
        if (measureId != null) {
            requireReported(results.find(employerId, cohortId), measureId);
        }
        if (!results.attended(employerId, cohortId)) {
            throw RuleBroken.rule(
                    "cohortId",
                    "none of the employer's staff attended cohort " + cohortId
                            + " (no seat with the outcome COMPLETED or NOT_COMPLETED)");
        }
        ReportPeriod period = reportPeriod(cohort, employerId);
        Instant now = clock.instant();
        CohortResults locked = results.lock(employerId, cohortId, cohort.currency(), now);
        if (measureId != null) {
            // withdrawn by a change that committed while this one waited for the lock
            requireReported(Optional.of(locked), measureId);
        }
        CohortResultsEvent event = change.apply(locked, period, today(), now);
        results.save(locked, event, caller.subject());
        events.publish(locked, event);
        return new Changed(view(locked, period), event.measureId());
    }

    private static void requireReported(Optional<CohortResults> found, UUID measureId) {
        if (found.flatMap(r -> r.measure(measureId)).isEmpty()) {
            throw new ApiException.NotFound("measure", measureId);
        }
    }

    /** The caller's organisation, as the employer whose results these are. */
    private static UUID employer(Caller caller, String action) {
        caller.requireAnyRole(action, Role.MEMBER_ADMIN);
        if (caller.organisationId() == null) {
            throw new ApiException.Forbidden(
                    "business results are an employer's own: the caller acts for no organisation");
        }
        return caller.organisationId();
    }

    private Facts.Cohort cohort(UUID cohortId) {
        return facts.cohort(cohortId).orElseThrow(() -> new ApiException.NotFound("cohort", cohortId));
    }

    private ReportPeriod reportPeriod(Facts.Cohort cohort, UUID employerId) {
        return ReportPeriod.of(awards.coveringProgrammes(cohort, employerId));
    }

    private View view(CohortResults found, Facts.Cohort cohort) {
        return view(found, reportPeriod(cohort, found.employerId()));
    }

    private View view(CohortResults found, ReportPeriod period) {
        return new View(found, period, period.openOn(today()));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }
}
