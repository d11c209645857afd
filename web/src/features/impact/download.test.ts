import { describe, expect, it } from "vitest";
import { fileNameOf } from "./download";
import { impactQuery } from "./ImpactPage";

describe("the impact report's query and CSV file", () => {
  it("leaves blank filters out, since the API refuses an empty parameter", () => {
    expect(impactQuery({ from: "2026-01-01", to: "", sizeBand: "SMALL", sector: " C25 ", region: "" })).toEqual({
      from: "2026-01-01",
      sizeBand: "SMALL",
      sector: "C25",
    });
  });

  it("saves the CSV under the server's file name", () => {
    expect(fileNameOf('attachment; filename="impact-report-42.csv"', "x.csv")).toBe("impact-report-42.csv");
    expect(fileNameOf(null, "impact-report-x.csv")).toBe("impact-report-x.csv");
  });
});
