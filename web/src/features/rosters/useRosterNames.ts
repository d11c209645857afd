// The names of the people holding seats in a cohort, by enrolment id, for the provider's pages that list seats (the
// outcomes table, the attendance register): GET /api/rosters/{cohortId} (member-service, the only holder of names,
// answers the cohort's own provider). Waitlisted, withdrawn and cancelled enrolments are on no roster; an erased
// person's entry has no name. When the call fails, the page keeps working with staff ids and says names are
// unavailable (docs/web-app.md).
import { useQuery } from "@tanstack/react-query";
import { api, unwrap } from "../../api/http";
import type { components } from "../../api/generated/member-service";
import { t } from "../../i18n";

export type RosterEntry = components["schemas"]["RosterEntry"];

export interface RosterNames {
  /** the seat's entry, or undefined: still loading, names unavailable, or no seat on the roster (waitlisted) */
  of: (enrolmentId: string | undefined) => RosterEntry | undefined;
  /** true once the names call has failed for good: show ids and say so */
  unavailable: boolean;
}

export function byEnrolment(entries: readonly RosterEntry[]): Map<string, RosterEntry> {
  return new Map(entries.filter((entry) => entry.enrolmentId).map((entry) => [entry.enrolmentId as string, entry]));
}

/** What a seat shows for its person: "Last, First", "Name erased", or the staff id where there is no name to show. */
export function seatHolderLabel(entry: RosterEntry | undefined, staffId: string | undefined): string {
  if (entry) {
    if (!entry.lastName && !entry.firstName) return t.rosters.erased;
    return t.rosters.name(entry.lastName ?? "", entry.firstName ?? "");
  }
  return staffId ? t.rosters.staffId(staffId) : t.common.none;
}

export function useRosterNames(cohortId: string | undefined): RosterNames {
  const roster = useQuery({
    queryKey: ["rosters", cohortId],
    enabled: Boolean(cohortId),
    queryFn: () => unwrap(api.member.GET("/api/rosters/{cohortId}", { params: { path: { cohortId: cohortId ?? "" } } })),
    select: byEnrolment,
  });
  return {
    of: (enrolmentId) => (enrolmentId ? roster.data?.get(enrolmentId) : undefined),
    unavailable: roster.isError,
  };
}
