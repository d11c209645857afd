-- Issue 20, learning at work (docs/reporting.md "Workplace learning"): one row per signed-off learning and learner
-- (WorkplaceLearningSignedOff, final: one event per learning and staff member, so a row is written once and never
-- changed). An erased staff member's rows carry a pseudonym instead of the staff id (ErasedLearners), whichever of the
-- sign-off and the erasure is applied first, so the distinct-learner counts stay exact and a rebuild gives the same rows.

create table rp_workplace_learning (
    learning_id    uuid not null,
    learner        uuid not null,
    kind           text not null,
    alliance_id    uuid not null,
    employer_id    uuid not null,
    skill_id       uuid not null,
    skill_code     text not null,
    category       text not null,
    level_reached  integer not null,
    logged_hours   numeric(10, 2) not null,
    sessions       integer not null,
    started_on     date not null,
    signed_off_on  date not null,
    primary key (learning_id, learner)
);
-- the overview reads an alliance's rows, the impact report a programme's employers' in its period, the erasure a
-- learner's
create index rp_workplace_learning_alliance on rp_workplace_learning (alliance_id);
create index rp_workplace_learning_employer on rp_workplace_learning (employer_id, signed_off_on);
create index rp_workplace_learning_learner on rp_workplace_learning (learner);
