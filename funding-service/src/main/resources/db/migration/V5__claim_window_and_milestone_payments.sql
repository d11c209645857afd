-- Claim windows and milestone payments (issue 26, docs/funding.md "Claim window and milestone payments")

-- a claim under a programme with a claim window starts as DRAFT until the employer submits it; the window is fixed
-- when the claim is computed (null without the rule)
alter table claim
    add column window_opens_on  date,
    add column window_closes_on date,
    add check ((window_opens_on is null) = (window_closes_on is null));

-- one open (draft or submitted) claim per award, employer and cohort: a new outcome updates it
drop index claim_one_open;
create unique index claim_one_open on claim (award_id, employer_id, cohort_id) where status in ('DRAFT', 'SUBMITTED');

-- an approved claim is paid in one disbursement per milestone
alter table disbursement drop constraint disbursement_claim_id_key;
create index disbursement_claim on disbursement (claim_id);

-- the payments planned when a claim is approved: its approved amount split over the programme's milestones
create table claim_payment (
    claim_id        uuid not null references claim (id),
    milestone       text not null check (milestone in ('START', 'COMPLETION', 'OUTCOME')),
    amount_minor    bigint not null check (amount_minor >= 0),
    status          text not null check (status in ('DUE', 'PAID')),
    disbursement_id uuid references disbursement (id),
    paid_on         date,
    check ((status = 'PAID') = (disbursement_id is not null) and (disbursement_id is null) = (paid_on is null)),
    primary key (claim_id, milestone)
);

-- claims approved or paid before milestones existed: one payment of the whole approved amount at COMPLETION
insert into claim_payment (claim_id, milestone, amount_minor, status, disbursement_id, paid_on)
select c.id, 'COMPLETION', c.approved_minor, case when d.id is null then 'DUE' else 'PAID' end, d.id, d.paid_on
from claim c left join disbursement d on d.claim_id = c.id
where c.status in ('APPROVED', 'PAID');

-- the milestone a DISBURSEMENT_PAID entry pays (null for every other entry)
alter table ledger_entry add column milestone text;
