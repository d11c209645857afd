-- The employer's reports for the requirements of its claim's programme (issue 26, docs/funding.md "Reports that gate
-- payments"); a requirement without a row is DUE
create table claim_report (
    claim_id        uuid not null references claim (id),
    requirement_key text not null,
    state           text not null check (state in ('SUBMITTED', 'ACCEPTED', 'REJECTED')),
    summary         text not null check (char_length(summary) between 1 and 4000),
    submitted_at    timestamptz not null,
    decided_at      timestamptz,
    decision_note   text,
    check ((state = 'SUBMITTED') = (decided_at is null)),
    primary key (claim_id, requirement_key)
);
