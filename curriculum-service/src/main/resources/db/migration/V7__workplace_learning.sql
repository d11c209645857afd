-- Issue 20: learning at work. Skill records gain the source ON_THE_JOB (signed-off learning at work).
alter table skill_record drop constraint skill_record_source_check;
alter table skill_record add constraint skill_record_source_check
    check (source in ('COURSE', 'ON_THE_JOB', 'MANAGER', 'SELF'));

-- On-the-job training plans and mentoring relations; the sign-off columns are all set at once, and never changed.
create table workplace_learning (
    id              uuid          primary key,
    kind            varchar(10)   not null check (kind in ('ON_THE_JOB', 'MENTORING')),
    alliance_id     uuid          not null,
    employer_id     uuid          not null,
    staff_id        uuid          not null,
    skill_id        uuid          not null references skill (id),
    target_level    smallint      not null check (target_level between 1 and 5),
    mentor_staff_id uuid          not null check (mentor_staff_id <> staff_id),
    planned_hours   numeric(6, 2) not null check (planned_hours > 0 and planned_hours <= 2000),
    starts_on       date          not null,
    ends_on         date          not null check (ends_on >= starts_on),
    created_at      timestamptz   not null,
    level_reached   smallint      check (level_reached between 1 and 5),
    evidence        varchar(2000),
    signed_off_on   date,
    signed_off_by   varchar(6)    check (signed_off_by in ('HR', 'MENTOR')),
    signed_off_at   timestamptz,
    check ((level_reached is null) = (signed_off_on is null)
        and (level_reached is null) = (evidence is null)
        and (level_reached is null) = (signed_off_by is null)
        and (level_reached is null) = (signed_off_at is null))
);
create index workplace_learning_by_employer on workplace_learning (employer_id, starts_on desc);
create index workplace_learning_by_staff on workplace_learning (staff_id);
create index workplace_learning_by_mentor on workplace_learning (mentor_staff_id);

create table workplace_learning_session (
    id          uuid          primary key,
    learning_id uuid          not null references workplace_learning (id),
    date        date          not null,
    hours       numeric(4, 2) not null check (hours > 0 and hours <= 12),
    practised   varchar(1000) not null,
    logged_by   varchar(6)    not null check (logged_by in ('HR', 'MENTOR')),
    logged_at   timestamptz   not null
);
create index workplace_learning_session_by_learning on workplace_learning_session (learning_id, date, logged_at);

-- In-house workshops an employer runs for its own staff, and each participant's outcome (recorded once).
create table workshop (
    id           uuid          primary key,
    alliance_id  uuid          not null,
    employer_id  uuid          not null,
    title        varchar(200)  not null,
    skill_id     uuid          not null references skill (id),
    target_level smallint      not null check (target_level between 1 and 5),
    held_on      date          not null,
    hours        numeric(4, 2) not null check (hours > 0 and hours <= 40),
    created_at   timestamptz   not null
);
create index workshop_by_employer on workshop (employer_id, held_on desc);

create table workshop_participant (
    workshop_id    uuid          not null references workshop (id),
    staff_id       uuid          not null,
    position       smallint      not null,
    outcome        varchar(13)   check (outcome in ('COMPLETED', 'NOT_COMPLETED', 'NO_SHOW')),
    attended_hours numeric(4, 2) check (attended_hours >= 0),
    level_reached  smallint      check (level_reached between 1 and 5),
    recorded_on    date,
    recorded_at    timestamptz,
    primary key (workshop_id, staff_id),
    check ((outcome is null) = (recorded_on is null)
        and (outcome is null) = (attended_hours is null)
        and (outcome = 'COMPLETED') = (level_reached is not null))
);
