import { describe, expect, it } from "vitest";
import { majorUnits, roiChartOption, type CohortRoi } from "./roiChart";

const cohort = (id: string, currency: string, benefitsMinor: number, costsMinor: number): CohortRoi => ({ cohortId: id, courseTitle: `Course ${id}`, currency, benefitsMinor, costsMinor });

describe("the employer's benefits and costs as bars", () => {
  it("draws the cohorts of one currency, in its major units", () => {
    const option = roiChartOption([cohort("a", "EUR", 1234567, 250000), cohort("b", "JPY", 90000, 120000), cohort("c", "EUR", 0, 99)], "EUR", {
      benefits: "Benefits",
      costs: "Costs",
      cohort: (row) => row.courseTitle ?? "",
    });
    expect((option.xAxis as { data: string[] }).data).toEqual(["Course a", "Course c"]);
    expect((option.series as Array<{ name: string; data: number[] }>).map((series) => [series.name, series.data])).toEqual([
      ["Benefits", [12345.67, 0]],
      ["Costs", [2500, 0.99]],
    ]);
  });

  it("places the decimal point by the currency's digits", () => {
    expect([majorUnits(90000, "JPY"), majorUnits(1234, "BHD"), majorUnits(null, "EUR")]).toEqual([90000, 1.234, 0]);
  });
});
