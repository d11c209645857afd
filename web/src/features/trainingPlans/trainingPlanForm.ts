// The training plan form as typed, turned into POST /api/training-plans' body: hours as the decimal typed, the cost in
// the programme's currency's minor units. Only text that is no number is refused here (as the API's problem, at the
// body's field); what the API requires (participants, due date, currency) is the API's to say.
import { parseProblem, type ProblemError } from "../../api/problem";
import type { components } from "../../api/generated/funding-service";
import { decimalNumber, moneyToMinor, type ParseProblem } from "../../format/decimalInput";
import { t } from "../../i18n";

export type TrainingPlanRequest = components["schemas"]["TrainingPlanRequest"];

export interface TrainingPlanForm {
  programmeId: string;
  cohortId: string;
  participantIds: string[];
  plannedHours: string;
  cost: string;
}

export const emptyTrainingPlanForm: TrainingPlanForm = { programmeId: "", cohortId: "", participantIds: [], plannedHours: "", cost: "" };

export function toTrainingPlanRequest(form: TrainingPlanForm, employerId: string, currency: string): TrainingPlanRequest | ProblemError {
  const hours = decimalNumber(form.plannedHours);
  const cost = moneyToMinor(form.cost, currency);
  const problems: Record<string, ParseProblem> = {};
  if (!hours.ok) problems.plannedHours = hours.problem;
  if (!cost.ok) problems.costMinor = cost.problem;
  if (!hours.ok || !cost.ok) return parseProblem(problems, t.pages.parse);
  return {
    programmeId: form.programmeId,
    employerId,
    cohortId: form.cohortId,
    participantIds: form.participantIds,
    // left out when blank: the API names the missing field
    plannedHours: hours.value as number,
    costMinor: cost.value as number,
    currency,
  };
}
