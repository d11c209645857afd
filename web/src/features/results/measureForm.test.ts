import { describe, expect, it } from "vitest";
import { ProblemError } from "../../api/problem";
import { emptyMeasureForm, measureFormOf, toMeasureRequest } from "./measureForm";

describe("a business measure typed into the measure request", () => {
  it("sends decimals as typed, the unit value in minor units and whole percentages", () => {
    const form = { ...emptyMeasureForm, name: "Defects per month", unit: "defects", valueBefore: "12,5", valueAfter: "4", higherIsBetter: false, unitValue: "1200.50", attributionPercent: "60", confidencePercent: "80" };
    expect(toMeasureRequest(form, "EUR")).toEqual({
      name: "Defects per month",
      unit: "defects",
      valueBefore: 12.5,
      valueAfter: 4,
      higherIsBetter: false,
      unitValueMinor: 120050,
      currency: "EUR",
      attributionPercent: 60,
      confidencePercent: 80,
    });
    expect((toMeasureRequest({ ...form, unitValue: "1200" }, "JPY") as { unitValueMinor: number }).unitValueMinor).toBe(1200);
  });

  it("refuses text that is no number at the body's field, and leaves ranges to the API", () => {
    const refused = toMeasureRequest({ ...emptyMeasureForm, valueBefore: "twelve", unitValue: "1.234", attributionPercent: "12.5" }, "EUR");
    expect(refused).toBeInstanceOf(ProblemError);
    expect((refused as ProblemError).fieldErrors).toEqual({ valueBefore: "is not a number", unitValueMinor: "has more decimals than allowed", attributionPercent: "has more decimals than allowed" });
    expect((toMeasureRequest({ ...emptyMeasureForm, attributionPercent: "140", unitValue: "-5" }, "EUR") as { attributionPercent: number }).attributionPercent).toBe(140);
  });

  it("fills the form from a measure the API gave, to correct it", () => {
    const measure = { id: "m-1", name: "Orders per day", unit: "orders", valueBefore: 40, valueAfter: 46.25, higherIsBetter: true, unitValueMinor: 150000, attributionPercent: 50, confidencePercent: 70, benefitPerYearMinor: 3281250 };
    expect(measureFormOf(measure, "EUR")).toEqual({ name: "Orders per day", unit: "orders", valueBefore: "40", valueAfter: "46.25", higherIsBetter: true, unitValue: "1500.00", attributionPercent: "50", confidencePercent: "70" });
  });
});
