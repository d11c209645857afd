-- Seat rollups: one row per (cohort, employer) pair of rp_seat, the unit the impact report decides on (eligibility,
-- coverage, period and employer filters, cost shares and disbursements all depend on the pair only), so that a report
-- reads a programme's pairs (about 1,300 at a million enrolments) instead of every seat (about 12,800). Counts and sums
-- that add up are kept as columns; what does not add up across pairs is kept per person of the pair (distinct
-- participants overall and per breakdown cell, the gender and age cells being a person's) and per completed seat
-- (retention, which depends on the day it is measured on). Arrays are ordered, so a rebuild writes the same bytes.
-- Derived only from rp_seat: the projector re-derives the pairs whose seats it re-derived, in the same transaction
-- (SeatFacts); the benchmark's data loader derives them from this view as well (docs/reporting.md).

create view rp_seat_pair_source as
select g.*, p.*
from (
    select cohort_id, employer_id, alliance_id, cohort_start, course_id, course_code, course_tags, organisation_known,
           size_band, sector_code, region,
           count(*) as seats,
           count(*) filter (where outcome is not null) as with_outcome,
           count(*) filter (where outcome = 'COMPLETED') as completed,
           count(*) filter (where outcome = 'NOT_COMPLETED') as not_completed,
           count(*) filter (where outcome = 'NO_SHOW') as no_shows,
           count(*) filter (where outcome is not null and credential) as credentials,
           count(*) filter (where pre_score is not null and post_score is not null) as scored,
           count(*) filter (where post_score - pre_score >= 10) as gained,
           coalesce(sum(post_score - pre_score), 0) as gain_sum,
           sum(attended_hours) filter (where outcome is not null) as hours,
           count(satisfaction) as satisfied,
           coalesce(sum(satisfaction), 0) as satisfaction_sum
    from rp_seat
    group by cohort_id, employer_id, alliance_id, cohort_start, course_id, course_code, course_tags,
             organisation_known, size_band, sector_code, region
) g
cross join lateral (
    select array_agg(staff_id order by staff_id, gender_cell, age_cell, employment_end) as staff_ids,
           array_agg(seats order by staff_id, gender_cell, age_cell, employment_end) as staff_seats,
           array_agg(completed order by staff_id, gender_cell, age_cell, employment_end) as staff_completed,
           array_agg(with_outcome order by staff_id, gender_cell, age_cell, employment_end) as staff_with_outcome,
           array_agg(gender_cell order by staff_id, gender_cell, age_cell, employment_end) as staff_gender,
           array_agg(age_cell order by staff_id, gender_cell, age_cell, employment_end) as staff_age,
           array_agg(employment_end order by staff_id, gender_cell, age_cell, employment_end) as staff_employment_end,
           array_agg(completed_on order by staff_id, gender_cell, age_cell, employment_end) as staff_completed_on
    from (
        select staff_id,
               count(*) as seats,
               count(*) filter (where outcome = 'COMPLETED') as completed,
               count(*) filter (where outcome is not null) as with_outcome,
               case when consent and gender is not null then gender else 'NOT_REPORTED' end as gender_cell,
               case when consent and age_band is not null then age_band else 'NOT_REPORTED' end as age_cell,
               employment_end,
               -- the day of each completed seat's completion, joined: retention is measured per seat
               coalesce(string_agg(completed_on::text, ' ' order by completed_on)
                            filter (where outcome = 'COMPLETED' and completed_on is not null), '') as completed_on
        from rp_seat x
        where x.cohort_id = g.cohort_id and x.employer_id = g.employer_id
        group by staff_id, gender_cell, age_cell, employment_end
    ) person
) p;

create table rp_seat_pair (
    cohort_id          uuid   not null,
    employer_id        uuid   not null,
    alliance_id        uuid   not null,
    cohort_start       date   not null,
    course_id          uuid,
    course_code        text,
    course_tags        text[],
    organisation_known boolean not null,
    size_band          text,
    sector_code        text,
    region             text,
    seats              bigint not null,
    with_outcome       bigint not null,
    completed          bigint not null,
    not_completed      bigint not null,
    no_shows           bigint not null,
    credentials        bigint not null,
    scored             bigint not null,
    gained             bigint not null,
    gain_sum           bigint not null,
    hours              numeric,
    satisfied          bigint not null,
    satisfaction_sum   bigint not null,
    staff_ids          uuid[] not null,
    staff_seats        bigint[] not null,
    staff_completed    bigint[] not null,
    staff_with_outcome bigint[] not null,
    staff_gender       text[] not null,
    staff_age          text[] not null,
    -- the staff member's end of employment, and the days their completed seats were completed on, space-separated
    staff_employment_end date[] not null,
    staff_completed_on   text[] not null,
    primary key (cohort_id, employer_id)
);
-- the report reads the pairs of a programme's employers and of its awarded cohorts (the primary key's prefix)
create index rp_seat_pair_employer on rp_seat_pair (employer_id);
-- the projector re-derives a poll's pairs from their seats, each pair's people by (cohort, employer): by this index
-- one lookup per pair instead of intersecting every seat of its cohort with every seat of its employer (a poll of
-- 200 pairs at a million enrolments, warm: 84 to 153 ms without, 29 to 37 ms with, docs/performance.md)
create index rp_seat_cohort_employer on rp_seat (cohort_id, employer_id);

insert into rp_seat_pair select * from rp_seat_pair_source;
