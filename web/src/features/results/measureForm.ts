// A business measure as typed, turned into the body of POST/PUT /api/cohort-results/{cohortId}/measures, and a measure
// the API gave back into the form for a correction. Values before and after are decimals as typed, the unit value
// money in the results' currency's minor units, attribution and confidence whole percentages. Only text that is no
// number is refused here (as the API's problem, at the body's field); ranges and lengths are the API's to judge.
import { parseProblem, type ProblemError } from "../../api/problem";
import type { paths } from "../../api/generated/funding-service";
import { decimalNumber, minorToText, moneyToMinor, wholeNumber, type ParseProblem } from "../../format/decimalInput";
import { t } from "../../i18n";

export type CohortResults = paths["/api/cohort-results/{cohortId}"]["get"]["responses"][200]["content"]["application/json"];
export type Measure = NonNullable<CohortResults["measures"]>[number];
export type MeasureRequest = paths["/api/cohort-results/{cohortId}/measures"]["post"]["requestBody"]["content"]["application/json"];

export interface MeasureForm {
  name: string;
  unit: string;
  valueBefore: string;
  valueAfter: string;
  higherIsBetter: boolean;
  unitValue: string;
  attributionPercent: string;
  confidencePercent: string;
}

export const emptyMeasureForm: MeasureForm = {
  name: "",
  unit: "",
  valueBefore: "",
  valueAfter: "",
  higherIsBetter: true,
  unitValue: "",
  attributionPercent: "",
  confidencePercent: "",
};

/** The measure's figures as a person would type them, to correct it. */
export function measureFormOf(measure: Measure, currency: string): MeasureForm {
  const text = (value: number | undefined | null) => (value === undefined || value === null ? "" : String(value));
  return {
    name: measure.name ?? "",
    unit: measure.unit ?? "",
    valueBefore: text(measure.valueBefore),
    valueAfter: text(measure.valueAfter),
    higherIsBetter: measure.higherIsBetter ?? true,
    unitValue: minorToText(measure.unitValueMinor, currency),
    attributionPercent: text(measure.attributionPercent),
    confidencePercent: text(measure.confidencePercent),
  };
}

export function toMeasureRequest(form: MeasureForm, currency: string): MeasureRequest | ProblemError {
  const parsed = {
    valueBefore: decimalNumber(form.valueBefore),
    valueAfter: decimalNumber(form.valueAfter),
    unitValueMinor: moneyToMinor(form.unitValue, currency),
    attributionPercent: wholeNumber(form.attributionPercent),
    confidencePercent: wholeNumber(form.confidencePercent),
  };
  const problems: Record<string, ParseProblem> = {};
  for (const [field, result] of Object.entries(parsed)) if (!result.ok) problems[field] = result.problem;
  if (Object.keys(problems).length > 0) return parseProblem(problems, t.pages.parse);
  const value = (result: (typeof parsed)[keyof typeof parsed]) => (result.ok ? result.value : undefined) as number;
  // a blank figure is left out (undefined is not sent): the API names the missing field
  return {
    name: form.name,
    unit: form.unit,
    valueBefore: value(parsed.valueBefore),
    valueAfter: value(parsed.valueAfter),
    higherIsBetter: form.higherIsBetter,
    unitValueMinor: value(parsed.unitValueMinor),
    currency,
    attributionPercent: value(parsed.attributionPercent),
    confidencePercent: value(parsed.confidencePercent),
  };
}
