-- Issue 26: a disbursement pays a milestone of its claim (START, COMPLETION or OUTCOME), so that the impact report can
-- split the money disbursed by milestone (docs/reporting.md). Payments projected before this migration had none and
-- are COMPLETION's, as a DisbursementPaid without a milestone is (milestoneOrCompletion). New rows always name theirs.
alter table rp_disbursement add column milestone text not null default 'COMPLETION';
alter table rp_disbursement alter column milestone drop default;
