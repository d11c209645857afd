-- TRUNCATE fires no row triggers, so the append-only trigger of V1 never saw it: a statement-level trigger refuses it
-- with the same message as update and delete (ledger_is_append_only names the operation).
create trigger ledger_no_truncate before truncate on ledger_entry
    for each statement execute function ledger_is_append_only();
