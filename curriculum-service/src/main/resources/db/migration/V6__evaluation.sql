-- Issue 19, evaluation beyond completion (docs/curriculum.md, "Evaluation: reaction comments and follow-ups").

-- Reaction (Kirkpatrick level 1): the optional comment beside a seat's satisfaction, trimmed, at most 1000 characters,
-- null for none. Free text can carry personal data: it is shown only as a cohort's anonymous feedback and never
-- leaves curriculum-service (no event carries it).
alter table enrolment add column outcome_comment varchar(1000);

-- Behaviour (level 3): the employer's rating of a completed seat, 60 to 180 days after its cohort ended; one per
-- enrolment, a correction overwrites it (each recording is a FollowUpRecorded event).
create table follow_up (
    enrolment_id  uuid        primary key references enrolment (id),
    cohort_id     uuid        not null references cohort (id),
    employer_id   uuid        not null,
    rating        smallint    not null check (rating between 1 and 5),
    recorded_on   date        not null,
    recorded_at   timestamptz not null,
    recorded_by   varchar(255) not null
);
create index follow_up_by_employer on follow_up (employer_id);
