-- Seat counters (docs/curriculum.md, "Seat counters"): a seat decision reads these instead of counting the cohort's
-- enrolments, so it costs the same whatever the cohort's fullness. Every write of an enrolment's status
-- (JdbcEnrolments.insert and update, the only ones) moves them in the same transaction, under the cohort row lock that
-- seat decisions already take.
--   seats_confirmed   enrolments CONFIRMED (what the seat book and the lifecycle rules count)
--   seats_held        CONFIRMED plus those whose outcome is recorded (COMPLETED, NOT_COMPLETED, NO_SHOW): seats shown
--   requests_waiting  enrolments WAITLISTED
alter table cohort
    add column seats_confirmed  integer not null default 0 check (seats_confirmed >= 0),
    add column seats_held       integer not null default 0 check (seats_held >= 0),
    add column requests_waiting integer not null default 0 check (requests_waiting >= 0);

-- CONFIRMED enrolments per employer of a cohort, for the employer's seat quota; a row at 0 stays.
create table cohort_employer_seats (
    cohort_id    uuid    not null references cohort (id),
    employer_id  uuid    not null,
    confirmed    integer not null check (confirmed >= 0),
    primary key (cohort_id, employer_id)
);

update cohort c
set seats_confirmed  = s.confirmed,
    seats_held       = s.held,
    requests_waiting = s.waiting
from (select cohort_id,
             count(*) filter (where status = 'CONFIRMED') as confirmed,
             count(*) filter (where status in ('CONFIRMED', 'COMPLETED', 'NOT_COMPLETED', 'NO_SHOW')) as held,
             count(*) filter (where status = 'WAITLISTED') as waiting
      from enrolment
      group by cohort_id) s
where s.cohort_id = c.id;

insert into cohort_employer_seats (cohort_id, employer_id, confirmed)
select cohort_id, employer_id, count(*)
from enrolment
where status = 'CONFIRMED'
group by cohort_id, employer_id;
