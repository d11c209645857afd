-- member-service: alliances, organisations, memberships, staff. The only database that holds personal data.

create table organisation (
    id                  uuid        primary key,
    type                text        not null,
    legal_name          text        not null,
    registration_number text        not null,
    country             char(2)     not null,
    region              text,
    sector_code         text,
    headcount           integer     check (headcount >= 0),
    size_band           text,
    created_at          timestamptz not null,
    updated_at          timestamptz not null,
    constraint organisation_registration_unique unique (country, registration_number)
);
create index organisation_type on organisation (type);
create index organisation_sector on organisation (sector_code);
create index organisation_size_band on organisation (size_band);

create table alliance (
    id              uuid        primary key,
    name            text        not null,
    kind            text        not null,
    sector_codes    text[]      not null,
    region          text,
    currency        char(3)     not null,
    coordinator_id  uuid        references organisation (id),
    created_at      timestamptz not null
);
create unique index alliance_name_unique on alliance (lower(name));

create table membership (
    id              uuid        primary key,
    alliance_id     uuid        not null references alliance (id),
    organisation_id uuid        not null references organisation (id),
    role            text        not null,
    status          text        not null,
    applied_on      date        not null,
    joined_on       date,
    left_on         date,
    updated_at      timestamptz not null
);
-- one open membership (applied, active or suspended) per organisation and alliance
create unique index membership_open_unique on membership (alliance_id, organisation_id)
    where status in ('APPLIED', 'ACTIVE', 'SUSPENDED');
create index membership_organisation on membership (organisation_id);

-- Personal data lives only here. Erasure nulls every column but id, employer_id, status and erased_at.
create table staff (
    id                    uuid        primary key,
    employer_id           uuid        not null references organisation (id),
    status                text        not null,
    first_name            text,
    last_name             text,
    email                 text,
    email_key             text,
    job_role_isco         text,
    employment_start      date,
    employment_end        date,
    consent_to_reporting  boolean,
    gender                text,
    age_band              text,
    created_at            timestamptz,
    updated_at            timestamptz,
    erased_at             timestamptz,
    constraint staff_equity_only_with_consent
        check (consent_to_reporting or (gender is null and age_band is null))
);
create unique index staff_email_unique on staff (employer_id, email_key) where email_key is not null;
create index staff_employer on staff (employer_id, status);
