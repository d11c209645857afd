import { describe, expect, it } from "vitest";
import { gapMapOption } from "./gapMapChart";

describe("the gap map as a chart", () => {
  const rows = [
    {
      skillCode: "PY",
      skillName: "Python",
      staffBelowTarget: 14,
      bySizeBand: [
        { sizeBand: "MICRO", suppressed: true },
        { sizeBand: "SMALL", staffBelowTarget: 8 },
        { sizeBand: "MEDIUM", staffBelowTarget: 0 },
        { sizeBand: "LARGE", suppressed: true },
      ],
    },
    { skillCode: "WELD", skillName: "Welding", suppressed: true },
  ];
  const option = gapMapOption(rows, { suppressed: "suppressed", sizeBand: (band) => band.toLowerCase() }) as {
    yAxis: { data: string[] };
    series: { name: string; data: unknown[] }[];
  };

  it("lists the first skill at the top and labels a suppressed row", () => {
    expect(option.yAxis.data).toEqual(["Welding (suppressed)", "Python"]);
  });

  it("draws no bar for a suppressed row or cell, and a real 0 for an empty cell", () => {
    const byBand = Object.fromEntries(option.series.map((series) => [series.name, series.data]));
    expect(byBand).toEqual({
      micro: ["-", "-"],
      small: ["-", 8],
      medium: ["-", 0],
      large: ["-", "-"],
    });
  });
});
