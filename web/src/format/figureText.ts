// The texts of figures an API may leave out: money, rates, ROI and ratios as the formatters give them, or "—" where
// none is defined; and a cohort named by its course and dates. Shared by the evaluation's pages (business results,
// return on training, the reports' evaluation section) and the employer's cohort chooser.
import { t } from "../i18n";
import { formatDate, formatMoney, formatPercentFigure, formatRate, formatRatio } from "./format";

/** Money in minor units, or "—" without an amount or a currency. */
export function moneyText(minor: number | undefined | null, currency: string | undefined): string {
  return minor == null || !currency ? t.common.none : formatMoney(minor, currency);
}

/** A rate 0 to 1 with 2 percent decimals, or "—" where none is defined (no follow-up rated yet, nobody in scope). */
export function rateText(rate: number | undefined | null): string {
  return rate == null ? t.common.none : formatRate(rate);
}

/** ROI as the API gives it, a number of percent with 1 decimal, or "—" (costs of 0). */
export function roiPercentText(percent: number | undefined | null): string {
  return percent == null ? t.common.none : formatPercentFigure(percent);
}

/** A benefit-cost ratio with 2 decimals, or "—". */
export function ratioText(ratio: number | undefined | null): string {
  return ratio == null ? t.common.none : formatRatio(ratio);
}

/** A cohort named by its course and its dates: "Lean production, 2 Mar 2026 – 6 Mar 2026". */
export function cohortName(cohort: { courseTitle?: string | null; startDate?: string | null; endDate?: string | null }): string {
  return t.common.cohortName(cohort.courseTitle ?? "", t.common.dateRange(formatDate(cohort.startDate ?? undefined), formatDate(cohort.endDate ?? undefined)));
}
