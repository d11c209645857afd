// A seat's person as the provider sees it: last name, first name and employer from the roster, or the staff id where
// the roster has no name (names unavailable, a waitlisted enrolment, an erased person).
import { t } from "../../i18n";
import { seatHolderLabel, type RosterEntry } from "./useRosterNames";

export function SeatHolder({ entry, staffId }: { entry: RosterEntry | undefined; staffId: string | undefined }) {
  const label = seatHolderLabel(entry, staffId);
  return (
    <>
      <span className={entry?.lastName ? undefined : "hint"}>{label}</span>
      {entry?.employerName ? <span className="hint"> · {entry.employerName}</span> : null}
    </>
  );
}

/** Said once above the seats when the names call failed. */
export function RosterNamesUnavailable({ unavailable }: { unavailable: boolean }) {
  return unavailable ? (
    <p role="status" className="hint">
      {t.rosters.unavailable}
    </p>
  ) : null;
}
