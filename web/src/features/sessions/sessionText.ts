// How a session reads (times without seconds, a place or the online link) and how a register of ticks becomes the
// body of PUT /api/cohorts/{cohortId}/sessions/{sessionId}/attendance (every seat listed, present or not).
import type { components } from "../../api/generated/curriculum-service";
import { t } from "../../i18n";

export type SessionSlot = components["schemas"]["SessionSlot"];
export type RegisterLine = components["schemas"]["RegisterLineResponse"];
export type Mark = components["schemas"]["MarkRequest"];

/** "09:00:00" or "09:00" as "09:00". */
export function timeText(time: string | undefined): string {
  return time ? time.slice(0, 5) : t.common.none;
}

export function whereText(session: Pick<SessionSlot, "place" | "onlineLink">): string {
  if (session.place) return session.place;
  return session.onlineLink ? t.sessions.onlineLink(session.onlineLink) : t.common.none;
}

/** The seats ticked present at first: as recorded, nobody where nothing is recorded. */
export function presentAtFirst(seats: RegisterLine[]): Set<string> {
  return new Set(seats.filter((seat) => seat.present === true).map((seat) => seat.enrolmentId ?? ""));
}

/** The whole register: every seat, present when ticked, absent otherwise. */
export function registerBody(seats: RegisterLine[], present: ReadonlySet<string>): Mark[] {
  return seats.map((seat) => ({ enrolmentId: seat.enrolmentId ?? "", present: present.has(seat.enrolmentId ?? "") }));
}

/** Whether the register of a session can be recorded today: the cohort runs (or ran) and the session's day has come. */
export function canRecord(cohortStatus: string | undefined, sessionDate: string | undefined, today: string): boolean {
  return (cohortStatus === "RUNNING" || cohortStatus === "COMPLETED") && sessionDate !== undefined && sessionDate <= today;
}
