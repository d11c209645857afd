-- Issue 20, erasure pseudonyms (docs/reporting.md "Workplace learning"): the secret key an erased staff member's
-- pseudonym is derived with (HMAC-SHA256 of the staff id), when REPORTING_ERASURE_KEY gives none. Generated on first
-- use and inserted if absent, so that every instance uses the same; a rebuild never deletes it, so rebuilt rows carry
-- the pseudonyms the live ones do.

create table rp_erasure_key (
    purpose     text primary key,
    secret      bytea not null,
    created_at  timestamptz not null default now()
);
