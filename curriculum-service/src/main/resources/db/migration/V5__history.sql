-- History import (issue 18): which past cohort each import key of an alliance became, so that the same import sent
-- again changes nothing. The cohorts, seats and outcomes themselves are ordinary rows of cohort and enrolment.
create table history_import (
    alliance_id  uuid         not null,
    import_key   varchar(100) not null,
    cohort_id    uuid         not null references cohort (id),
    fingerprint  char(64)     not null,
    seats        integer      not null,
    imported_at  timestamptz  not null,
    primary key (alliance_id, import_key)
);
