-- Skills needs (issue 10, docs/skills-needs.md): job-role skill profiles, staff skill records, alliance objectives.

-- The member read model keeps what gap analysis needs from member events it already receives (additive): the staff
-- member's ISCO-08 job role (StaffRegistered.jobRoleIsco) and the employer's size band and sector
-- (OrganisationRegistered/Updated). Rows consumed before this migration have nulls until the projection is replayed.
alter table member_staff add column job_role_isco varchar(4);
alter table member_organisation add column size_band varchar(10);
alter table member_organisation add column sector_code varchar(10);
create index member_staff_by_employer on member_staff (employer_id, status);

-- Job-role skill profiles: an alliance's standard profile (employer_id null) or an employer's own, adopted from a
-- standard (based_on, following it while it has no skills of its own) or adjusted (its own skills).
create table skill_profile (
    id             uuid         primary key,
    alliance_id    uuid         not null,
    employer_id    uuid,
    job_role_isco  varchar(4)   not null,
    name           varchar(200) not null,
    based_on       uuid         references skill_profile (id),
    created_at     timestamptz  not null,
    updated_at     timestamptz  not null
);
-- one profile per owner (the alliance, or one employer in it) and job role
create unique index skill_profile_per_owner on skill_profile
    (alliance_id, coalesce(employer_id, '00000000-0000-0000-0000-000000000000'::uuid), job_role_isco);
create index skill_profile_by_employer on skill_profile (employer_id) where employer_id is not null;

create table skill_profile_skill (
    profile_id    uuid     not null references skill_profile (id) on delete cascade,
    skill_id      uuid     not null references skill (id),
    target_level  smallint not null check (target_level between 1 and 5),
    ordinal       smallint not null,
    primary key (profile_id, skill_id)
);

-- Staff skill records: a level 1-5 per skill with its source and date. COURSE records come from completed enrolments
-- with a passed post-assessment (one per enrolment and skill, rewritten when the outcome is corrected); MANAGER and
-- SELF records are added by the employer's member-admin.
create table skill_record (
    id            uuid        primary key,
    staff_id      uuid        not null,
    employer_id   uuid        not null,
    skill_id      uuid        not null references skill (id),
    level         smallint    not null check (level between 1 and 5),
    source        varchar(10) not null check (source in ('COURSE', 'MANAGER', 'SELF')),
    assessed_on   date        not null,
    recorded_at   timestamptz not null,
    enrolment_id  uuid,
    course_id     uuid,
    check ((source = 'COURSE') = (enrolment_id is not null))
);
create index skill_record_by_staff on skill_record (staff_id, skill_id);
create index skill_record_by_employer on skill_record (employer_id);
create unique index skill_record_per_enrolment on skill_record (enrolment_id, skill_id) where enrolment_id is not null;

-- Alliance objectives (SMART targets) and the outcomes their completion rates are computed from.
create table objective (
    id             uuid          primary key,
    alliance_id    uuid          not null,
    kind           varchar(20)   not null,
    title          varchar(200)  not null,
    skill_id       uuid          references skill (id),
    minimum_level  smallint      check (minimum_level between 1 and 5),
    target_count   integer       check (target_count >= 1),
    course_id      uuid          references course (id),
    target_rate    numeric(5, 4) check (target_rate > 0 and target_rate <= 1),
    period_start   date,
    target_date    date          not null,
    created_on     date          not null,
    baseline       integer,
    created_at     timestamptz   not null
);
create index objective_by_alliance on objective (alliance_id, target_date);

-- EnrolmentOutcomeRecorded as consumed from curriculum.events.v1 (the latest outcome of each enrolment).
create table objective_outcome (
    enrolment_id  uuid        primary key,
    cohort_id     uuid        not null,
    course_id     uuid        not null,
    outcome       varchar(15) not null,
    occurred_at   timestamptz not null
);
create index objective_outcome_by_course on objective_outcome (course_id, cohort_id);
