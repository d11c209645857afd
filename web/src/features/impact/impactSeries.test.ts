import { describe, expect, it } from "vitest";
import { breakdownChartOption, breakdownViews, NO_VALUE } from "./impactSeries";

const labels = { participants: "Participants", completions: "Completions", suppressed: "suppressed" };

describe("impact report breakdowns as charts", () => {
  const report = {
    participants: 23,
    breakdowns: {
      sizeBand: {
        MICRO: { suppressed: true },
        SMALL: { participants: 12, enrolments: 12, completions: 9, completionRate: 0.75 },
        MEDIUM: { participants: 0, enrolments: 0, completions: 0, completionRate: 0 },
        LARGE: { suppressed: true },
      },
      gender: {},
    },
  };

  it("keeps a suppressed cell as a cell without figures, never as 0", () => {
    const sizeBand = breakdownViews(report)[0]!;
    const micro = sizeBand.rows.find((row) => row.key === "MICRO");
    expect(micro).toEqual({
      key: "MICRO",
      suppressed: true,
      participants: null,
      enrolments: null,
      completions: null,
      completionRate: null,
    });
  });

  it("draws no bar for a suppressed cell and labels it suppressed, while an empty cell is a real 0", () => {
    const sizeBand = breakdownViews(report)[0]!;
    const option = breakdownChartOption(sizeBand, labels) as {
      xAxis: { data: string[] };
      series: { data: unknown[] }[];
    };
    expect(option.xAxis.data).toEqual(["MICRO\n(suppressed)", "SMALL", "MEDIUM", "LARGE\n(suppressed)"]);
    expect(option.series[0]!.data).toEqual([NO_VALUE, 12, 0, NO_VALUE]);
    expect(option.series[1]!.data).toEqual([NO_VALUE, 9, 0, NO_VALUE]);
    for (const series of option.series) {
      expect(series.data[0]).not.toBe(0);
      expect(series.data[3]).not.toBe(0);
    }
  });

  it("marks a breakdown the report withheld whole (empty while it counts participants)", () => {
    const views = breakdownViews(report);
    expect(views.map((view) => [view.name, view.withheld])).toEqual([
      ["sizeBand", false],
      ["gender", true],
    ]);
    expect(breakdownViews({ participants: 0, breakdowns: { gender: {} } })[0]!.withheld).toBe(false);
  });

  it("shows cell keys through the given label function", () => {
    const sizeBand = breakdownViews(report)[0]!;
    const option = breakdownChartOption(sizeBand, { ...labels, keyLabel: (key) => key.toLowerCase() }) as {
      xAxis: { data: string[] };
    };
    expect(option.xAxis.data[0]).toBe("micro\n(suppressed)");
  });
});
