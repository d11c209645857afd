-- ESCO import (docs/curriculum.md, "ESCO import"): a skill's description (an imported skill's ESCO description; null
-- for a local one) and the ESCO occupations, looked up by job-role pickers. Both are upserted by their concept URI.
alter table skill add column description text;

create table occupation (
    uri          varchar(500) primary key,
    code         varchar(40),
    isco_group   varchar(4),
    label        varchar(200) not null,
    description  text,
    imported_at  timestamptz  not null
);
create index occupation_label on occupation (lower(label));
