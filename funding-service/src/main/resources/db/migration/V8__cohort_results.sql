-- Business results (issue 19, package results, Kirkpatrick level 4): one employer's results for one cohort its staff
-- attended. The results row is locked (select ... for update) for every change, so concurrent changes serialise and
-- the revision rises by exactly one per change.
create table cohort_results (
    employer_id            uuid not null,
    cohort_id              uuid not null,
    currency               char(3) not null,
    hourly_wage_cost_minor bigint check (hourly_wage_cost_minor between 0 and 1000000000),
    revision               integer not null check (revision >= 0),
    updated_at             timestamptz not null,
    primary key (employer_id, cohort_id)
);
create index cohort_results_cohort on cohort_results (cohort_id);

-- the measures now reported, in the order they were added (a correction keeps the place, a withdrawal removes it)
create table business_measure (
    id                  uuid primary key,
    employer_id         uuid not null,
    cohort_id           uuid not null,
    position            integer not null check (position >= 0),
    name                varchar(200) not null check (length(btrim(name)) > 0),
    unit                varchar(50) not null check (length(btrim(unit)) > 0),
    value_before        numeric(13, 4) not null,
    value_after         numeric(13, 4) not null,
    higher_is_better    boolean not null,
    unit_value_minor    bigint not null check (unit_value_minor between 0 and 1000000000),
    attribution_percent smallint not null check (attribution_percent between 0 and 100),
    confidence_percent  smallint not null check (confidence_percent between 0 and 100),
    foreign key (employer_id, cohort_id) references cohort_results (employer_id, cohort_id),
    unique (employer_id, cohort_id, position) deferrable initially deferred
);

-- every change, never changed or removed: who (the token's sub), when, what, and the state before and after as JSON
create table cohort_results_change (
    employer_id uuid not null,
    cohort_id   uuid not null,
    revision    integer not null check (revision > 0),
    changed_at  timestamptz not null,
    changed_by  text not null,
    action      text not null check (action in ('MEASURE_ADDED', 'MEASURE_CORRECTED', 'MEASURE_WITHDRAWN',
                                                'WAGE_COST_SET')),
    measure_id  uuid,
    before      jsonb,
    after       jsonb,
    primary key (employer_id, cohort_id, revision),
    foreign key (employer_id, cohort_id) references cohort_results (employer_id, cohort_id),
    check ((action = 'WAGE_COST_SET') = (measure_id is null))
);

create function cohort_results_change_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the change log of business results is append-only: % refused', tg_op;
end;
$$;
create trigger cohort_results_change_append_only before update or delete on cohort_results_change
    for each row execute function cohort_results_change_is_append_only();
create trigger cohort_results_change_no_truncate before truncate on cohort_results_change
    for each statement execute function cohort_results_change_is_append_only();
