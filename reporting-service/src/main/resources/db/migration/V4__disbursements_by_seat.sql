-- The impact report reads the disbursements of every programme for the (cohort, employer) pairs of its seats, so that
-- a seat two programmes cover shows the other programme's grant as other grants (docs/reporting.md).
create index rp_claim_cohort_employer on rp_claim (cohort_id, employer_id);
create index rp_disbursement_claim on rp_disbursement (claim_id);
