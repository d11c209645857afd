-- Rosters (docs/member-service.md, "Rosters"): which staff hold a seat in which cohort, and whose cohort it is, learned
-- from curriculum-service's events. Ids and statuses only: the names are read from `staff` when a roster is asked
-- for, so an erased person's name is gone the moment the erasure commits.
create table roster_cohort (
    cohort_id    uuid primary key,
    provider_id  uuid not null,
    organiser_id uuid not null,
    status       text not null
);

-- One row per enrolment, in its latest status (the events of a cohort's enrolments share its partition, in order);
-- a roster lists those that hold or held a seat: CONFIRMED, COMPLETED, NOT_COMPLETED, NO_SHOW.
create table roster_seat (
    enrolment_id uuid primary key,
    cohort_id    uuid not null,
    staff_id     uuid not null,
    status       text not null
);
create index roster_seat_cohort on roster_seat (cohort_id);
