-- On-the-job hours in grants (issue 20, docs/funding.md "On-the-job hours")

-- the programme's scheme rule onTheJob: all three set, or none (no rule)
alter table programme
    add column ojt_rate_per_hour_minor       bigint check (ojt_rate_per_hour_minor between 1 and 10000000),
    add column ojt_max_hours_per_participant numeric(6, 2)
        check (ojt_max_hours_per_participant > 0 and ojt_max_hours_per_participant <= 1000),
    add column ojt_requires_off_the_job      boolean,
    add check ((ojt_rate_per_hour_minor is null) = (ojt_max_hours_per_participant is null)
        and (ojt_rate_per_hour_minor is null) = (ojt_requires_off_the_job is null));

-- signed-off learning at work (WorkplaceLearningSignedOff, final: one row per learning and staff member)
create table fact_workplace_learning (
    learning_id   uuid not null,
    staff_id      uuid not null,
    kind          text not null check (kind in ('ON_THE_JOB', 'MENTORING', 'WORKSHOP')),
    alliance_id   uuid not null,
    employer_id   uuid not null,
    level_reached integer not null check (level_reached between 1 and 5),
    logged_hours  numeric(10, 2) not null check (logged_hours > 0),
    sessions      integer not null check (sessions >= 1),
    started_on    date not null,
    signed_off_on date not null,
    primary key (learning_id, staff_id)
);
create index fact_workplace_learning_employer on fact_workplace_learning (employer_id, signed_off_on);

-- a claim for workplace learning has no cohort: one submitted claim per award and employer for it (a draft whose
-- window closed stays a draft and holds nothing, so a new draft may follow it; refreshes serialise on the
-- (programme, employer) lock)
alter table claim alter column cohort_id drop not null;
create unique index claim_one_submitted_workplace on claim (award_id, employer_id)
    where cohort_id is null and status = 'SUBMITTED';

-- the claim lines of signed-off learning: hours counted (within the participant's hours cap) and the line's amount,
-- rounded half up once per line
create table claim_workplace_line (
    claim_id     uuid not null references claim (id),
    learning_id  uuid not null,
    staff_id     uuid not null,
    kind         text not null,
    logged_hours numeric(10, 2) not null,
    hours        numeric(10, 2) not null check (hours > 0),
    amount_minor bigint not null check (amount_minor >= 0),
    primary key (claim_id, learning_id, staff_id)
);
create index claim_workplace_line_staff on claim_workplace_line (staff_id);

-- signed-off learning the claim does not pay, with the reason (the participant's hours cap is used up, no completed
-- seat in a cohort the programme covers): shown with the claim, not "claimed"
create table claim_excluded_learning (
    claim_id    uuid not null references claim (id),
    learning_id uuid not null,
    staff_id    uuid not null,
    reason      text not null,
    primary key (claim_id, learning_id, staff_id)
);
