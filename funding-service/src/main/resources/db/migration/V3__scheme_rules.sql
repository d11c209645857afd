-- Scheme rules of a programme (issue 26, docs/funding.md "Scheme rules"); null or no rows = no such rule
alter table programme
    add column plan_lead_days         integer check (plan_lead_days >= 0),
    add column minimum_attended_hours numeric(8, 2) check (minimum_attended_hours >= 0),
    add column attendance_threshold   numeric(7, 6) check (attendance_threshold > 0 and attendance_threshold <= 1),
    add column claim_window_days      integer check (claim_window_days >= 1);

-- shares of each claim paid at a milestone (START, COMPLETION, OUTCOME); none = the whole claim at COMPLETION
create table programme_milestone (
    programme_id uuid not null references programme (id),
    milestone    text not null,
    share        numeric(7, 6) not null check (share > 0 and share <= 1),
    primary key (programme_id, milestone)
);

-- reports each claim owes, due by a date or before a milestone's payment
create table programme_requirement (
    programme_id     uuid not null references programme (id),
    position         integer not null,
    requirement_key  text not null,
    kind             text not null,
    due_on           date,
    before_milestone text,
    check ((due_on is null) <> (before_milestone is null)),
    primary key (programme_id, requirement_key)
);
