-- Seat facts: one row per enrolment that counts as a seat (confirmed or promoted in a cohort that started, and not
-- withdrawn or cancelled before the start; an enrolment with an outcome is a seat in any case), carrying everything the
-- programme impact report reads about it: its cohort, course, employer and staff member's facts copied in, so that a
-- report reads the seats of a programme's awards by index without joining a million enrolments to half a million staff
-- (docs/performance.md). Derived only from the other projections: the projector re-derives the rows an event touches
-- from rp_seat_source, whatever order the events arrive in.

create view rp_seat_source as
select e.id as enrolment_id, e.cohort_id, e.employer_id, e.staff_id, c.alliance_id, c.start_date as cohort_start,
       c.course_id, co.code as course_code, co.priority_tags as course_tags,
       o.id is not null as organisation_known, o.size_band, o.sector_code, o.region,
       coalesce(s.consent, false) as consent, s.gender, s.age_band, s.employment_end,
       e.outcome, e.attended_hours, e.pre_score, e.post_score, e.satisfaction, coalesce(e.credential, false) as credential,
       e.completed_on
from rp_enrolment e
join rp_cohort c on c.id = e.cohort_id
left join rp_course co on co.id = c.course_id
left join rp_organisation o on o.id = e.employer_id
left join rp_staff s on s.id = e.staff_id
where e.outcome is not null
   or (c.started_at is not null and e.confirmed_at is not null
       and (e.ended_at is null or e.ended_at >= c.started_at));

create table rp_seat (
    enrolment_id       uuid primary key,
    cohort_id          uuid not null,
    employer_id        uuid not null,
    staff_id           uuid not null,
    alliance_id        uuid not null,
    cohort_start       date not null,
    course_id          uuid,
    course_code        text,
    course_tags        text[],
    organisation_known boolean not null,
    size_band          text,
    sector_code        text,
    region             text,
    consent            boolean not null,
    gender             text,
    age_band           text,
    employment_end     date,
    outcome            text,
    attended_hours     numeric(10, 2),
    pre_score          integer,
    post_score         integer,
    satisfaction       integer,
    credential         boolean not null,
    completed_on       date
);
-- the report reads the seats of a programme's employers (by employer and period) and of its awarded cohorts
create index rp_seat_employer on rp_seat (employer_id, cohort_start);
create index rp_seat_cohort on rp_seat (cohort_id);
create index rp_seat_staff on rp_seat (staff_id);
create index rp_seat_course on rp_seat (course_id);

-- a staff member's events re-derive that person's seats
create index rp_enrolment_staff on rp_enrolment (staff_id);
create index rp_cohort_course on rp_cohort (course_id);

insert into rp_seat select * from rp_seat_source;
