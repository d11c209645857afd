// The employer's benefits and costs per cohort of one currency as a bar picture (ECharts): a picture of the ROI
// table's benefits and costs columns, in the currency's major units, exact from the minor units (no binary rounding on
// the way to the text, then one Number for the bar's height).
import type { EChartsOption } from "echarts";
import type { paths } from "../../api/generated/reporting-service";
import { fractionDigits, minorToDecimal } from "../../format/format";

export type EmployerRoi = paths["/api/reports/employers/{employerId}/roi"]["get"]["responses"][200]["content"]["application/json"];
export type CohortRoi = NonNullable<EmployerRoi["cohorts"]>[number];

export interface RoiChartLabels {
  benefits: string;
  costs: string;
  cohort: (cohort: CohortRoi) => string;
}

/** A minor-unit amount as the currency's major units, for a bar's height. */
export function majorUnits(minor: number | undefined | null, currency: string): number {
  return Number(minorToDecimal(minor ?? 0, fractionDigits(currency)));
}

export function roiChartOption(cohorts: CohortRoi[], currency: string, labels: RoiChartLabels): EChartsOption {
  const ofCurrency = cohorts.filter((cohort) => cohort.currency === currency);
  return {
    animation: false,
    tooltip: { trigger: "axis" },
    legend: { top: 0, data: [labels.benefits, labels.costs] },
    grid: { containLabel: true, top: 40, left: 8, right: 8, bottom: 8 },
    xAxis: { type: "category", data: ofCurrency.map(labels.cohort), axisLabel: { interval: 0 } },
    yAxis: { type: "value", name: currency },
    series: [
      { name: labels.benefits, type: "bar", data: ofCurrency.map((cohort) => majorUnits(cohort.benefitsMinor, currency)) },
      { name: labels.costs, type: "bar", data: ofCurrency.map((cohort) => majorUnits(cohort.costsMinor, currency)) },
    ],
  };
}
