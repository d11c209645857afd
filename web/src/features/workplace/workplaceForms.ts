// The forms of learning at work as typed, turned into the API's bodies (api20.md): hours as the decimals typed, levels
// as chosen. Only text that is no number is refused here (as the API's problem, at the body's field); ranges, required
// fields, dates and who may act are the API's to judge and say.
import { parseProblem, ProblemError } from "../../api/problem";
import type { paths } from "../../api/generated/curriculum-service";
import { decimalNumber, type ParseProblem, type Parsed } from "../../format/decimalInput";
import { t } from "../../i18n";

// the request bodies by their operations (the documents name the schemas after the controllers' records)
export type PlanRequest = paths["/api/workplace-learning"]["post"]["requestBody"]["content"]["application/json"];
export type SessionRequest = paths["/api/workplace-learning/{id}/sessions"]["post"]["requestBody"]["content"]["application/json"];
export type SignOffRequest = paths["/api/workplace-learning/{id}/sign-off"]["post"]["requestBody"]["content"]["application/json"];
export type WorkshopRequest = paths["/api/workshops"]["post"]["requestBody"]["content"]["application/json"];
export type OutcomeRequest = paths["/api/workshops/{id}/participants/{staffId}/outcome"]["put"]["requestBody"]["content"]["application/json"];
/** A body as the form sends it: a field left blank is left out, so that the API's "is required" lands at that field. */
export type AsTyped<T> = { [K in keyof T]?: T[K] };
export type LearningKind = NonNullable<PlanRequest["kind"]>;
export type WorkshopOutcome = NonNullable<OutcomeRequest["outcome"]>;

export const LEVELS = [1, 2, 3, 4, 5] as const;

/** Each typed decimal by the body field it fills, or the problem naming those that are no number. */
export function typedDecimals<K extends string>(texts: Record<K, string>): Record<K, number | undefined> | ProblemError {
  const values = {} as Record<K, number | undefined>;
  const problems: Record<string, ParseProblem> = {};
  for (const field of Object.keys(texts) as K[]) {
    const parsed: Parsed<number | undefined> = decimalNumber(texts[field]);
    if (parsed.ok) values[field] = parsed.value;
    else problems[field] = parsed.problem;
  }
  return Object.keys(problems).length > 0 ? parseProblem(problems, t.pages.parse) : values;
}

/** A level chosen from 1-5, or left out when none is chosen (the API names the missing field). */
export function chosenLevel(text: string): number | undefined {
  return text === "" ? undefined : Number(text);
}

/** Blank text left out, so the API's reason is "is required", not one about an empty string. */
function given(text: string): string | undefined {
  return text === "" ? undefined : text;
}

export interface PlanForm {
  kind: LearningKind;
  allianceId: string;
  staffId: string;
  skillId: string;
  targetLevel: string;
  mentorStaffId: string;
  plannedHours: string;
  startsOn: string;
  endsOn: string;
}

export const emptyPlanForm: PlanForm = { kind: "ON_THE_JOB", allianceId: "", staffId: "", skillId: "", targetLevel: "", mentorStaffId: "", plannedHours: "", startsOn: "", endsOn: "" };

export function toPlanRequest(form: PlanForm): AsTyped<PlanRequest> | ProblemError {
  const numbers = typedDecimals({ plannedHours: form.plannedHours });
  if (numbers instanceof ProblemError) return numbers;
  return {
    kind: form.kind,
    allianceId: given(form.allianceId),
    staffId: given(form.staffId),
    skillId: given(form.skillId),
    targetLevel: chosenLevel(form.targetLevel),
    mentorStaffId: given(form.mentorStaffId),
    plannedHours: numbers.plannedHours,
    startsOn: given(form.startsOn),
    endsOn: given(form.endsOn),
  };
}

export interface SessionForm {
  date: string;
  hours: string;
  practised: string;
}

export const emptySessionForm: SessionForm = { date: "", hours: "", practised: "" };

export function toSessionRequest(form: SessionForm): AsTyped<SessionRequest> | ProblemError {
  const numbers = typedDecimals({ hours: form.hours });
  if (numbers instanceof ProblemError) return numbers;
  // what was practised is sent as typed: the API trims it and says when it is empty or too long
  return { date: given(form.date), hours: numbers.hours, practised: form.practised };
}

export interface WorkshopForm {
  allianceId: string;
  title: string;
  skillId: string;
  targetLevel: string;
  heldOn: string;
  hours: string;
  participants: string[];
}

export const emptyWorkshopForm: WorkshopForm = { allianceId: "", title: "", skillId: "", targetLevel: "", heldOn: "", hours: "", participants: [] };

export function toWorkshopRequest(form: WorkshopForm): AsTyped<WorkshopRequest> | ProblemError {
  const numbers = typedDecimals({ hours: form.hours });
  if (numbers instanceof ProblemError) return numbers;
  return {
    allianceId: given(form.allianceId),
    title: form.title,
    skillId: given(form.skillId),
    targetLevel: chosenLevel(form.targetLevel),
    heldOn: given(form.heldOn),
    hours: numbers.hours,
    participants: form.participants,
  };
}

export interface OutcomeForm {
  outcome: WorkshopOutcome | "";
  attendedHours: string;
  levelReached: string;
}

export const emptyOutcomeForm: OutcomeForm = { outcome: "", attendedHours: "", levelReached: "" };

/** A no-show attended 0 hours and reached no level; the API refuses anything else, so the form sends exactly that. */
export function toOutcomeRequest(form: OutcomeForm): AsTyped<OutcomeRequest> | ProblemError {
  if (form.outcome === "NO_SHOW") return { outcome: "NO_SHOW", attendedHours: 0 };
  const numbers = typedDecimals({ attendedHours: form.attendedHours });
  if (numbers instanceof ProblemError) return numbers;
  return {
    outcome: form.outcome === "" ? undefined : form.outcome,
    attendedHours: numbers.attendedHours,
    levelReached: form.outcome === "COMPLETED" ? chosenLevel(form.levelReached) : undefined,
  };
}
