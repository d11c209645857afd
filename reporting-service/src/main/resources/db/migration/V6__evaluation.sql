-- Issue 19, evaluation beyond completion (docs/reporting.md): the employers' follow-up ratings of completed seats
-- (Kirkpatrick level 3, FollowUpRecorded; a later rating of the same enrolment corrects the earlier one) and their
-- business results per cohort (level 4, CohortResultsReported: the whole state after each change, so only the highest
-- revision of an employer's results for a cohort is kept, with its measures).

create table rp_follow_up (
    enrolment_id  uuid primary key,
    cohort_id     uuid not null,
    employer_id   uuid not null,
    rating        integer not null,
    recorded_on   date not null,
    last_event_at timestamptz not null
);
create index rp_follow_up_cohort_employer on rp_follow_up (cohort_id, employer_id);

create table rp_cohort_results (
    employer_id             uuid not null,
    cohort_id               uuid not null,
    currency                text not null,
    hourly_wage_cost_minor  bigint,
    revision                integer not null,
    reported_at             timestamptz not null,
    primary key (cohort_id, employer_id)
);
create index rp_cohort_results_employer on rp_cohort_results (employer_id);

create table rp_cohort_result_measure (
    cohort_id           uuid not null,
    employer_id         uuid not null,
    measure_id          uuid not null,
    name                text not null,
    unit                text not null,
    value_before        numeric not null,
    value_after         numeric not null,
    higher_is_better    boolean not null,
    unit_value_minor    bigint not null,
    attribution_percent integer not null,
    confidence_percent  integer not null,
    primary key (cohort_id, employer_id, measure_id)
);

-- the alliance's currency (AllianceCreated): the overview's evaluation adds up the money of the alliance's cohorts
-- priced in it. Alliances projected before V6 have none until the projections are rebuilt (docs/reporting.md).
alter table rp_alliance add column currency text;
