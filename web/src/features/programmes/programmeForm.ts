import { ProblemError } from "../../api/problem";
import type { components } from "../../api/generated/funding-service";
import { decimalNumber, fractionToPercentText, minorToText, moneyToMinor, percentToFraction, wholeNumber, type ParseProblem, type Parsed } from "../../format/decimalInput";

type SchemeRulesRequest = components["schemas"]["SchemeRulesRequest"];
type SchemeRulesView = components["schemas"]["SchemeRulesView"];

export const SIZE_BANDS = ["MICRO", "SMALL", "MEDIUM", "LARGE"] as const;
export type SizeBand = (typeof SIZE_BANDS)[number];

/** One band's row of the form, as typed: rates as percentages, the wage subsidy in major units of the currency. */
export interface BandRuleForm {
  /** the band has a rule (an eligible band needs one; a rule for a non-eligible band pays nothing) */
  included: boolean;
  costRatePercent: string;
  wageSubsidyPerHour: string;
  minimumEmployerSharePercent: string;
}

/** The programme form as typed. Lists (sector codes, regions, tags) are comma- or space-separated. */
export interface ProgrammeForm {
  name: string;
  currency: string;
  budget: string;
  periodStart: string;
  periodEnd: string;
  eligibleSizeBands: SizeBand[];
  eligibleSectorCodes: string;
  eligibleRegions: string;
  eligibleAllianceIds: string[];
  requiredPriorityTags: string;
  capPerParticipant: string;
  capPerEmployer: string;
  suppressionK: string;
  bandRules: Record<SizeBand, BandRuleForm>;
  onTheJob: OnTheJobForm;
  /**
   * The programme's other scheme rules as read (a draft from a template has them; this form does not edit them): sent
   * back unchanged with the on-the-job rule, so setting that rule keeps them.
   */
  otherSchemeRules: SchemeRulesRequest | null;
}

/** The on-the-job rule (issue 20) as typed: the rate per hour in major units, the cap per participant in hours. */
export interface OnTheJobForm {
  /** the programme pays for signed-off learning at work */
  included: boolean;
  /** the rule was there when the form opened, so unticking it sends the rules without it */
  wasSet: boolean;
  ratePerHour: string;
  maxHoursPerParticipant: string;
  requiresOffTheJob: boolean;
}

export interface BandRuleRequest {
  sizeBand: SizeBand;
  costRate?: number;
  wageSubsidyPerHourMinor?: number;
  minimumEmployerShare?: number;
}

export interface ProgrammeRequest {
  funderId: string;
  name: string;
  currency: string;
  budgetMinor: number;
  periodStart: string;
  periodEnd: string;
  eligibleAllianceIds: string[];
  eligibleSizeBands: SizeBand[];
  eligibleSectorCodes: string[];
  eligibleRegions: string[];
  requiredPriorityTags: string[];
  bandRules: BandRuleRequest[];
  capPerParticipantMinor?: number;
  capPerEmployerMinor?: number;
  suppressionK?: number;
  schemeRules?: SchemeRulesRequest;
}

/**
 * The form turned into the request, or the fields whose text is no number (keyed by form field: `budget`,
 * `bandRules.SMALL.costRatePercent`). `bandRuleField` turns a field the API names (`bandRules[1].costRate`) back into
 * the form's field, since only included bands are sent and indexes therefore differ from the form's rows.
 */
export interface ProgrammeConversion {
  request: ProgrammeRequest | null;
  problems: Record<string, ParseProblem>;
  bandRuleField: (apiField: string) => string;
}

export function emptyProgrammeForm(currency = "EUR"): ProgrammeForm {
  const band = (): BandRuleForm => ({
    included: false,
    costRatePercent: "",
    wageSubsidyPerHour: "",
    minimumEmployerSharePercent: "",
  });
  return {
    name: "",
    currency,
    budget: "",
    periodStart: "",
    periodEnd: "",
    eligibleSizeBands: [],
    eligibleSectorCodes: "",
    eligibleRegions: "",
    eligibleAllianceIds: [],
    requiredPriorityTags: "",
    capPerParticipant: "",
    capPerEmployer: "",
    suppressionK: "",
    bandRules: { MICRO: band(), SMALL: band(), MEDIUM: band(), LARGE: band() },
    onTheJob: { included: false, wasSet: false, ratePerHour: "", maxHoursPerParticipant: "", requiresOffTheJob: false },
    otherSchemeRules: null,
  };
}

/** "C, J62  c25" -> ["C", "J62", "c25"]: the API normalises and judges the codes. */
export function listOf(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((item) => item.trim())
    .filter((item) => item !== "");
}

export function toProgrammeRequest(form: ProgrammeForm, funderId: string): ProgrammeConversion {
  const problems: Record<string, ParseProblem> = {};
  const currency = form.currency.trim().toUpperCase();
  function take<T>(field: string, parsed: Parsed<T>): T | undefined {
    if (parsed.ok) return parsed.value;
    problems[field] = parsed.problem;
    return undefined;
  }

  const included = SIZE_BANDS.filter((band) => form.bandRules[band].included);
  const bandRules: BandRuleRequest[] = included.map((band) => {
    const row = form.bandRules[band];
    const field = (name: string) => `bandRules.${band}.${name}`;
    const rule: BandRuleRequest = { sizeBand: band };
    const costRate = take(field("costRatePercent"), percentToFraction(row.costRatePercent));
    const wage = take(field("wageSubsidyPerHour"), moneyToMinor(row.wageSubsidyPerHour, currency));
    const minimum = take(field("minimumEmployerSharePercent"), percentToFraction(row.minimumEmployerSharePercent));
    if (costRate !== undefined) rule.costRate = costRate;
    if (wage !== undefined) rule.wageSubsidyPerHourMinor = wage;
    if (minimum !== undefined) rule.minimumEmployerShare = minimum;
    return rule;
  });

  const budget = take("budget", moneyToMinor(form.budget, currency));
  const capPerParticipant = take("capPerParticipant", moneyToMinor(form.capPerParticipant, currency));
  const capPerEmployer = take("capPerEmployer", moneyToMinor(form.capPerEmployer, currency));
  const suppressionK = take("suppressionK", wholeNumber(form.suppressionK));
  const onTheJobRate = form.onTheJob.included ? take("onTheJob.ratePerHour", moneyToMinor(form.onTheJob.ratePerHour, currency)) : undefined;
  const onTheJobHours = form.onTheJob.included ? take("onTheJob.maxHoursPerParticipant", decimalNumber(form.onTheJob.maxHoursPerParticipant)) : undefined;

  const apiToForm: Record<string, string> = {
    costRate: "costRatePercent",
    wageSubsidyPerHourMinor: "wageSubsidyPerHour",
    minimumEmployerShare: "minimumEmployerSharePercent",
    sizeBand: "included",
  };
  const bandRuleField = (apiField: string): string => {
    const match = /^bandRules\[(\d+)\](?:\.(\w+))?$/.exec(apiField);
    if (!match) return TOP_LEVEL_FIELDS[apiField] ?? apiField;
    const band = included[Number(match[1])];
    if (!band) return "bandRules";
    return match[2] ? `bandRules.${band}.${apiToForm[match[2]] ?? match[2]}` : `bandRules.${band}.included`;
  };

  if (Object.keys(problems).length > 0) return { request: null, problems, bandRuleField };
  const request: ProgrammeRequest = {
    funderId,
    name: form.name,
    currency,
    // A blank budget is sent as missing, so the API's "is required" lands at the field.
    budgetMinor: budget as number,
    periodStart: form.periodStart,
    periodEnd: form.periodEnd,
    eligibleAllianceIds: form.eligibleAllianceIds,
    eligibleSizeBands: SIZE_BANDS.filter((band) => form.eligibleSizeBands.includes(band)),
    eligibleSectorCodes: listOf(form.eligibleSectorCodes),
    eligibleRegions: listOf(form.eligibleRegions),
    requiredPriorityTags: listOf(form.requiredPriorityTags).map((tag) => tag.toUpperCase()),
    bandRules,
  };
  if (capPerParticipant !== undefined) request.capPerParticipantMinor = capPerParticipant;
  if (capPerEmployer !== undefined) request.capPerEmployerMinor = capPerEmployer;
  if (suppressionK !== undefined) request.suppressionK = suppressionK;
  if (budget === undefined) delete (request as Partial<ProgrammeRequest>).budgetMinor;
  // the scheme rules are sent only when the on-the-job rule is set or was (a programme without it is sent as before)
  if (form.onTheJob.included || form.onTheJob.wasSet) {
    const schemeRules: SchemeRulesRequest = { ...(form.otherSchemeRules ?? {}) };
    // left out when blank, so the API's "is required" lands at the field
    if (form.onTheJob.included) schemeRules.onTheJob = { ratePerHourMinor: onTheJobRate, maxHoursPerParticipant: onTheJobHours, requiresOffTheJob: form.onTheJob.requiresOffTheJob } as SchemeRulesRequest["onTheJob"];
    request.schemeRules = schemeRules;
  }
  return { request, problems, bandRuleField };
}

/** Fields the API names that the form calls otherwise (amounts in minor units are typed in major units). */
const TOP_LEVEL_FIELDS: Record<string, string> = {
  "schemeRules.onTheJob.ratePerHourMinor": "onTheJob.ratePerHour",
  "schemeRules.onTheJob.maxHoursPerParticipant": "onTheJob.maxHoursPerParticipant",
  "schemeRules.onTheJob.requiresOffTheJob": "onTheJob.requiresOffTheJob",
  "schemeRules.onTheJob": "onTheJob.included",
  budgetMinor: "budget",
  capPerParticipantMinor: "capPerParticipant",
  capPerEmployerMinor: "capPerEmployer",
};

/** A programme the API sent, back into the form (to revise a draft). */
export function programmeToForm(programme: {
  name?: string;
  currency?: string;
  budgetMinor?: number;
  periodStart?: string;
  periodEnd?: string;
  eligibleSizeBands?: SizeBand[];
  eligibleSectorCodes?: string[];
  eligibleRegions?: string[];
  eligibleAllianceIds?: string[];
  requiredPriorityTags?: string[];
  capPerParticipantMinor?: number;
  capPerEmployerMinor?: number;
  suppressionK?: number;
  bandRules?: Partial<BandRuleRequest>[];
  schemeRules?: SchemeRulesView;
}): ProgrammeForm {
  const currency = programme.currency ?? "EUR";
  const form = emptyProgrammeForm(currency);
  form.name = programme.name ?? "";
  form.budget = minorToText(programme.budgetMinor, currency);
  form.periodStart = programme.periodStart ?? "";
  form.periodEnd = programme.periodEnd ?? "";
  form.eligibleSizeBands = [...(programme.eligibleSizeBands ?? [])];
  form.eligibleSectorCodes = (programme.eligibleSectorCodes ?? []).join(", ");
  form.eligibleRegions = (programme.eligibleRegions ?? []).join(", ");
  form.eligibleAllianceIds = [...(programme.eligibleAllianceIds ?? [])];
  form.requiredPriorityTags = (programme.requiredPriorityTags ?? []).join(", ");
  form.capPerParticipant = minorToText(programme.capPerParticipantMinor, currency);
  form.capPerEmployer = minorToText(programme.capPerEmployerMinor, currency);
  form.suppressionK = programme.suppressionK === undefined ? "" : String(programme.suppressionK);
  const { onTheJob, payments: _payments, ...otherRules } = programme.schemeRules ?? {};
  // the view's rules are the request's fields, complete as the API answered them
  form.otherSchemeRules = Object.keys(otherRules).length > 0 ? (otherRules as SchemeRulesRequest) : null;
  if (onTheJob) {
    form.onTheJob = {
      included: true,
      wasSet: true,
      ratePerHour: minorToText(onTheJob.ratePerHourMinor, currency),
      maxHoursPerParticipant: onTheJob.maxHoursPerParticipant === undefined ? "" : String(onTheJob.maxHoursPerParticipant),
      requiresOffTheJob: onTheJob.requiresOffTheJob ?? false,
    };
  }
  for (const rule of programme.bandRules ?? []) {
    if (rule.sizeBand === undefined) continue;
    form.bandRules[rule.sizeBand] = {
      included: true,
      costRatePercent: fractionToPercentText(rule.costRate),
      wageSubsidyPerHour: minorToText(rule.wageSubsidyPerHourMinor, currency),
      minimumEmployerSharePercent: fractionToPercentText(rule.minimumEmployerShare),
    };
  }
  return form;
}

/** The API's problem with its fields renamed to the form's (`bandRules[0].costRate` -> `bandRules.MEDIUM.costRatePercent`). */
export function renameProblemFields(problem: ProblemError, rename: (field: string) => string): ProblemError {
  return new ProblemError(
    problem.status,
    {
      type: problem.type,
      title: problem.title,
      detail: problem.detail,
      currentState: problem.currentState,
      action: problem.action,
      errors: Object.entries(problem.fieldErrors).map(([field, reason]) => ({ field: field === "_" ? "" : rename(field), reason })),
    },
    problem.message,
  );
}
