-- Training plans (issue 26, package plan): one per programme, employer and cohort, replaced while not yet due
create table training_plan (
    id              uuid primary key,
    programme_id    uuid not null references programme (id),
    employer_id     uuid not null,
    cohort_id       uuid not null,
    participant_ids uuid[] not null check (cardinality(participant_ids) > 0),
    planned_hours   numeric(8, 2) not null check (planned_hours >= 0),
    cost_minor      bigint not null check (cost_minor >= 0),
    currency        char(3) not null,
    due_on          date not null,
    filed_on        date not null check (filed_on <= due_on),
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    unique (programme_id, employer_id, cohort_id)
);
create index training_plan_employer on training_plan (employer_id);

-- completed seats a claim does not count (no plan or not in it, too few hours, attendance below the threshold), with
-- the reason: shown with the claim, never paid, and not "claimed" (a later correction may still claim the seat)
create table claim_excluded_seat (
    claim_id     uuid not null references claim (id),
    enrolment_id uuid not null,
    staff_id     uuid not null,
    reason       text not null,
    primary key (claim_id, enrolment_id)
);
