-- Issue 18: cohort sessions, attendance per session, and the catalogue fields of a course.

alter table course add column language varchar(5);
alter table course add column prerequisites varchar(2000);

-- A cohort's sessions: one day, a start and an end time (local times of the session, no time zone), held at a place or
-- online. Overlaps are refused by the service under the cohort's row lock (CohortManagement.lockForSeats).
create table cohort_session (
    id            uuid          primary key,
    cohort_id     uuid          not null references cohort (id),
    session_date  date          not null,
    start_time    time          not null,
    end_time      time          not null check (end_time > start_time),
    place         varchar(300),
    online_link   varchar(2000),
    title         varchar(200),
    created_at    timestamptz   not null,
    updated_at    timestamptz   not null,
    check ((place is null) <> (online_link is null))
);
create index cohort_session_by_cohort on cohort_session (cohort_id, session_date, start_time);

-- The register of one session: one row per seat recorded, present or absent. A PUT replaces the whole register.
create table session_attendance (
    session_id    uuid          not null references cohort_session (id),
    enrolment_id  uuid          not null references enrolment (id),
    present       boolean       not null,
    recorded_at   timestamptz   not null,
    primary key (session_id, enrolment_id)
);
create index session_attendance_by_enrolment on session_attendance (enrolment_id) where present;
