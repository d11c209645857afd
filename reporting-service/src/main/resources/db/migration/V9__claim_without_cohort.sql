-- Issue 20: a claim for an employer's signed-off workplace learning has no cohort (ClaimApproved.cohortId null). The
-- reports read claims by (cohort, employer) pair with equality, which a null never meets, so such a claim's money stays
-- out of every seat figure (grant disbursed, other grants, ROI) exactly as before this migration (docs/reporting.md).
alter table rp_claim alter column cohort_id drop not null;
