-- Consent history (docs/member-service.md, "Consent"): every change of a staff member's consent, by the learner
-- themself or by their employer's HR through the staff API. The current state stays staff.consent_to_reporting.
-- `text_version` is the version of the consent text the learner saw (ConsentPurpose in the code); null for a change
-- HR recorded, who saw no text here. Erasure deletes a person's rows with the rest of their personal data.
create table consent_record (
    id           uuid        primary key,
    staff_id     uuid        not null references staff (id),
    purpose      text        not null,
    text_version text,
    given        boolean     not null,
    recorded_by  text        not null,
    recorded_at  timestamptz not null
);
create index consent_record_staff on consent_record (staff_id, recorded_at);
