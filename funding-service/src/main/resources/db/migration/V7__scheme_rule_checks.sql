-- The scheme rules' names, checked by the database too (issue 26): a row the service could not read back would make
-- every read of its programme fail. V3, already applied where it ran, stays as it was.
alter table programme_milestone
    add constraint programme_milestone_known check (milestone in ('START', 'COMPLETION', 'OUTCOME'));
alter table programme_requirement
    add constraint programme_requirement_kind_known check (kind in ('PROGRESS_REPORT', 'OUTCOME_REPORT')),
    add constraint programme_requirement_milestone_known
        check (before_milestone in ('START', 'COMPLETION', 'OUTCOME'));
-- a draft claim always has its claim window (claims under a window start as drafts): the caps rely on it
alter table claim
    add constraint claim_draft_has_window check (status <> 'DRAFT' or window_closes_on is not null);
