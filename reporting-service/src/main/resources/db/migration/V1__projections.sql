-- reporting-service: projections of every event, shaped for reading. Each row is the latest known state of one thing;
-- reports join them when asked, so the order in which the topics interleave does not matter.

create table rp_organisation (
    id            uuid primary key,
    type          text,
    country       text,
    region        text,
    sector_code   text,
    headcount     integer,
    size_band     text,
    last_event_at timestamptz not null
);

create table rp_membership (
    id              uuid primary key,
    alliance_id     uuid not null,
    organisation_id uuid not null,
    role            text not null,
    status          text not null,
    last_event_at   timestamptz not null
);
create index rp_membership_alliance on rp_membership (alliance_id);

-- pseudonymous: ids, employment dates and, with consent only, gender and age band
create table rp_staff (
    id               uuid primary key,
    employer_id      uuid not null,
    consent          boolean not null default false,
    consent_at       timestamptz,
    gender           text,
    age_band         text,
    employment_start date,
    employment_end   date,
    erased           boolean not null default false,
    last_event_at    timestamptz not null
);

create table rp_course (
    id            uuid primary key,
    alliance_id   uuid not null,
    provider_id   uuid,
    code          text not null,
    title         text,
    hours         numeric(10, 2),
    priority_tags text[] not null,
    status        text not null,
    last_event_at timestamptz not null
);

create table rp_course_skill (
    course_id    uuid not null,
    skill_id     uuid not null,
    skill_code   text not null,
    category     text not null,
    target_level integer not null,
    primary key (course_id, skill_id)
);

create table rp_cohort (
    id             uuid primary key,
    course_id      uuid not null,
    alliance_id    uuid not null,
    start_date     date not null,
    end_date       date,
    capacity       integer not null,
    cost_pricing   text,
    cost_minor     bigint,
    currency       text,
    status         text not null,
    started_at     timestamptz,
    last_event_at  timestamptz not null
);

create table rp_enrolment (
    id              uuid primary key,
    cohort_id       uuid not null,
    course_id       uuid,
    staff_id        uuid not null,
    employer_id     uuid not null,
    status          text,
    status_at       timestamptz,
    confirmed_at    timestamptz,
    ended_at        timestamptz,
    outcome         text,
    attended_hours  numeric(10, 2),
    pre_score       integer,
    post_score      integer,
    satisfaction    integer,
    credential      boolean,
    completed_on    date
);
create index rp_enrolment_cohort on rp_enrolment (cohort_id);
create index rp_enrolment_employer on rp_enrolment (employer_id);

create table rp_cost_share (
    cohort_id    uuid not null,
    employer_id  uuid not null,
    seats        integer not null,
    amount_minor bigint not null,
    currency     text not null,
    primary key (cohort_id, employer_id)
);

create table rp_programme (
    id                  uuid primary key,
    funder_id           uuid not null,
    name                text,
    currency            text not null,
    budget_minor        bigint not null,
    period_start        date not null,
    period_end          date not null,
    eligible_alliances  uuid[] not null,
    size_bands          text[] not null,
    sector_prefixes     text[] not null,
    regions             text[] not null,
    required_tags       text[] not null,
    suppression_k       integer not null,
    status              text not null,
    last_event_at       timestamptz not null
);

create table rp_award (
    id               uuid primary key,
    programme_id     uuid not null,
    beneficiary_id   uuid not null,
    beneficiary_kind text not null,
    cohort_id        uuid,
    amount_minor     bigint not null,
    currency         text not null,
    period_start     date,
    period_end       date
);
create index rp_award_programme on rp_award (programme_id);

create table rp_claim (
    id            uuid primary key,
    award_id      uuid not null,
    programme_id  uuid not null,
    employer_id   uuid not null,
    cohort_id     uuid not null,
    amount_minor  bigint not null,
    currency      text not null
);

create table rp_disbursement (
    id            uuid primary key,
    claim_id      uuid not null,
    award_id      uuid not null,
    programme_id  uuid not null,
    employer_id   uuid not null,
    amount_minor  bigint not null,
    currency      text not null,
    paid_on       date
);
create index rp_disbursement_programme on rp_disbursement (programme_id);

-- the time of the latest event applied: what every report says it is current up to
create table rp_watermark (
    id            integer primary key check (id = 1),
    last_event_at timestamptz not null
);
