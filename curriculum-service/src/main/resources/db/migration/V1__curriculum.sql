-- Skills: ESCO skills (by URI) or local codes.
create table skill (
    id          uuid         primary key,
    code        varchar(100) not null,
    name        varchar(200) not null,
    category    varchar(20)  not null,
    esco_uri    varchar(500),
    created_at  timestamptz  not null
);
create unique index skill_code on skill (lower(code));
create unique index skill_esco_uri on skill (esco_uri) where esco_uri is not null;

-- Courses of an alliance's shared curriculum.
create table course (
    id                  uuid          primary key,
    alliance_id         uuid          not null,
    code                varchar(40)   not null,
    title               varchar(200)  not null,
    description         text,
    provider_id         uuid          not null,
    delivery_mode       varchar(20)   not null,
    hours               numeric(7, 2) not null check (hours > 0),
    credential_offered  varchar(200),
    status              varchar(10)   not null,
    created_at          timestamptz   not null,
    updated_at          timestamptz   not null
);
create unique index course_code_per_alliance on course (alliance_id, lower(code));
create index course_by_status on course (status, alliance_id);

create table course_skill (
    course_id     uuid     not null references course (id) on delete cascade,
    skill_id      uuid     not null references skill (id),
    target_level  smallint not null check (target_level between 1 and 5),
    ordinal       smallint not null,
    primary key (course_id, skill_id)
);

create table course_priority_tag (
    course_id  uuid        not null references course (id) on delete cascade,
    tag        varchar(40) not null,
    primary key (course_id, tag)
);

-- Cohorts: the row is also the lock that serialises every seat decision of the cohort (select ... for update).
create table cohort (
    id                        uuid        primary key,
    course_id                 uuid        not null references course (id),
    alliance_id               uuid        not null,
    organiser_id              uuid        not null,
    provider_id               uuid        not null,
    start_date                date        not null,
    end_date                  date        not null,
    enrolment_opens           date        not null,
    enrolment_closes          date        not null,
    capacity                  integer     not null check (capacity >= 1),
    min_participants          integer     not null check (min_participants >= 0),
    seat_quota_per_employer   integer     check (seat_quota_per_employer >= 1),
    pricing                   varchar(10) not null,
    cost_minor                bigint      not null check (cost_minor >= 0),
    currency                  char(3)     not null,
    status                    varchar(10) not null,
    created_at                timestamptz not null,
    updated_at                timestamptz not null
);
create index cohort_by_course on cohort (course_id);
create index cohort_by_alliance on cohort (alliance_id, start_date);

create sequence waitlist_ticket;

create table enrolment (
    id                   uuid          primary key,
    cohort_id            uuid          not null references cohort (id),
    course_id            uuid          not null,
    staff_id             uuid          not null,
    employer_id          uuid          not null,
    status               varchar(15)   not null,
    waitlist_ticket      bigint,
    requested_at         timestamptz   not null,
    updated_at           timestamptz   not null,
    attended_hours       numeric(7, 2),
    pre_score            smallint,
    post_score           smallint,
    satisfaction         smallint,
    credential_awarded   boolean       not null default false,
    completed_on         date,
    outcome_recorded_at  timestamptz
);
-- one live enrolment per staff member and cohort; withdrawn and cancelled ones do not block a new request
create unique index enrolment_live_per_staff on enrolment (cohort_id, staff_id)
    where status not in ('WITHDRAWN', 'CANCELLED');
create index enrolment_by_cohort_status on enrolment (cohort_id, status, waitlist_ticket);
create index enrolment_by_employer on enrolment (employer_id, requested_at);
create index enrolment_by_staff on enrolment (staff_id);

-- Read model of member-service facts, fed by member.events.v1 (no personal data).
create table member_alliance (
    id          uuid         primary key,
    name        varchar(300) not null,
    currency    char(3)      not null
);

create table member_organisation (
    id          uuid        primary key,
    type        varchar(20) not null
);

create table member_membership (
    id               uuid        primary key,
    alliance_id      uuid        not null,
    organisation_id  uuid        not null,
    role             varchar(20) not null,
    status           varchar(10) not null,
    effective_on     date        not null
);
create index member_membership_by_org on member_membership (organisation_id, alliance_id);

create table member_staff (
    id                uuid        primary key,
    employer_id       uuid        not null,
    status            varchar(10) not null,
    employment_start  date        not null,
    employment_end    date
);
