-- Read models fed by member.events.v1 and curriculum.events.v1 (package facts)
create table fact_organisation (
    id          uuid primary key,
    type        text not null,
    region      text,
    sector_code text,
    headcount   integer,
    size_band   text
);

create table fact_membership (
    id              uuid primary key,
    alliance_id     uuid not null,
    organisation_id uuid not null,
    role            text not null,
    status          text not null
);
create index fact_membership_org on fact_membership (organisation_id);

create table fact_course (
    id            uuid primary key,
    alliance_id   uuid not null,
    hours         numeric(10, 2) not null,
    priority_tags text[] not null
);

create table fact_cohort (
    id              uuid primary key,
    course_id       uuid not null,
    alliance_id     uuid not null,
    organiser_id    uuid not null,
    start_date      date not null,
    end_date        date not null,
    status          text not null,
    pricing         text not null,
    cost_minor      bigint not null,
    currency        char(3) not null,
    confirmed_seats integer not null
);

create table fact_enrolment (
    id          uuid primary key,
    cohort_id   uuid not null,
    staff_id    uuid not null,
    employer_id uuid not null,
    status      text not null
);
create index fact_enrolment_cohort on fact_enrolment (cohort_id);

create table fact_outcome (
    enrolment_id   uuid primary key,
    cohort_id      uuid not null,
    staff_id       uuid not null,
    employer_id    uuid not null,
    outcome        text not null,
    attended_hours numeric(10, 2) not null,
    completed_on   date
);
create index fact_outcome_cohort on fact_outcome (cohort_id, employer_id);

-- Cost sharing (package allocation)
create table cost_sharing (
    cohort_id         uuid primary key,
    rule              text not null,
    base_fee_minor    bigint,
    max_share_minor   bigint,
    chosen_by         uuid,
    status            text not null,
    fixed_at          timestamptz,
    total_minor       bigint,
    currency          char(3)
);

create table cost_share_fixed (
    cohort_id    uuid not null references cost_sharing (cohort_id),
    employer_id  uuid not null,
    seats        integer not null,
    amount_minor bigint not null check (amount_minor >= 0),
    primary key (cohort_id, employer_id)
);

-- Grant programmes
create table programme (
    id                     uuid primary key,
    funder_id              uuid not null,
    name                   text not null,
    currency               char(3) not null,
    budget_minor           bigint not null check (budget_minor >= 0),
    period_start           date not null,
    period_end             date not null check (period_end >= period_start),
    eligible_alliance_ids  uuid[] not null,
    eligible_size_bands    text[] not null,
    eligible_sector_codes  text[] not null,
    eligible_regions       text[] not null,
    required_priority_tags text[] not null,
    cap_per_participant    bigint,
    cap_per_employer       bigint,
    suppression_k          integer not null,
    status                 text not null,
    created_at             timestamptz not null,
    updated_at             timestamptz not null
);
create index programme_funder on programme (funder_id);

create table programme_band_rule (
    programme_id                uuid not null references programme (id),
    size_band                   text not null,
    cost_rate                   numeric(7, 6) not null check (cost_rate >= 0 and cost_rate <= 1),
    wage_subsidy_per_hour_minor bigint not null check (wage_subsidy_per_hour_minor >= 0),
    minimum_employer_share      numeric(7, 6) not null check (minimum_employer_share >= 0 and minimum_employer_share <= 1),
    primary key (programme_id, size_band)
);

create table grant_application (
    id              uuid primary key,
    programme_id    uuid not null references programme (id),
    applicant_id    uuid not null,
    applicant_kind  text not null,
    cohort_id       uuid,
    requested_minor bigint not null check (requested_minor >= 0),
    currency        char(3) not null,
    period_start    date not null,
    period_end      date not null check (period_end >= period_start),
    status          text not null,
    decision_note   text,
    submitted_at    timestamptz not null,
    updated_at      timestamptz not null
);
create index grant_application_programme on grant_application (programme_id);

create table award (
    id               uuid primary key,
    programme_id     uuid not null references programme (id),
    application_id   uuid not null unique references grant_application (id),
    beneficiary_id   uuid not null,
    beneficiary_kind text not null,
    cohort_id        uuid,
    amount_minor     bigint not null check (amount_minor > 0),
    currency         char(3) not null,
    period_start     date not null,
    period_end       date not null,
    awarded_at       timestamptz not null
);
create index award_programme on award (programme_id);
create index award_beneficiary on award (beneficiary_id);
create index award_cohort on award (cohort_id);

create table claim (
    id              uuid primary key,
    award_id        uuid not null references award (id),
    programme_id    uuid not null references programme (id),
    employer_id     uuid not null,
    cohort_id       uuid not null,
    claimed_minor   bigint not null check (claimed_minor >= 0),
    approved_minor  bigint check (approved_minor >= 0),
    currency        char(3) not null,
    status          text not null,
    decision_note   text,
    created_at      timestamptz not null,
    updated_at      timestamptz not null
);
create index claim_award on claim (award_id);
create index claim_employer on claim (employer_id);
-- one open (submitted) claim per award, employer and cohort: a new outcome updates it
create unique index claim_one_open on claim (award_id, employer_id, cohort_id) where status = 'SUBMITTED';

create table claim_seat (
    claim_id       uuid not null references claim (id),
    enrolment_id   uuid not null,
    staff_id       uuid not null,
    attended_hours numeric(10, 2) not null,
    -- exact reimbursement of the seat after the participant cap, before the employer cap and the final rounding
    exact_amount   numeric(30, 12) not null,
    -- the same amount as an exact fraction (numerator/denominator): later participant caps subtract it exactly
    exact_fraction text not null,
    primary key (claim_id, enrolment_id)
);

create table disbursement (
    id           uuid primary key,
    claim_id     uuid not null unique references claim (id),
    award_id     uuid not null references award (id),
    amount_minor bigint not null check (amount_minor > 0),
    currency     char(3) not null,
    paid_on      date not null,
    paid_at      timestamptz not null
);

-- The append-only ledger of money movements
create table ledger_entry (
    id           bigserial primary key,
    entry_id     uuid not null unique,
    entry_type   text not null,
    amount_minor bigint not null check (amount_minor >= 0),
    currency     char(3) not null,
    occurred_on  date not null,
    recorded_at  timestamptz not null,
    programme_id uuid,
    award_id     uuid,
    claim_id     uuid,
    employer_id  uuid,
    cohort_id    uuid,
    reference    text not null
);
create index ledger_programme on ledger_entry (programme_id, entry_type);
create index ledger_award on ledger_entry (award_id, entry_type);
create index ledger_employer on ledger_entry (employer_id, occurred_on);

create function ledger_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the ledger is append-only: % refused', tg_op;
end;
$$;

create trigger ledger_append_only before update or delete on ledger_entry
    for each row execute function ledger_is_append_only();
