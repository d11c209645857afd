import { describe, expect, it } from "vitest";
import { trajectoryOption } from "./trajectory";

const labels = { required: "Required", current: "Now", target: "Target", figure: (v: number) => String(v) };

describe("an objective's trajectory", () => {
  it("draws the required path, the target line and today's count", () => {
    const option = trajectoryOption(
      {
        kind: "STAFF_AT_LEVEL",
        progress: {
          current: 12,
          target: 40,
          trajectory: [
            { date: "2026-01-10", required: 10 },
            { date: "2026-02-10", required: 15 },
            { date: "2026-06-30", required: 40 },
          ],
        },
      },
      "2026-02-20",
      labels,
    ) as { series: { data: unknown[]; markLine?: { data: { yAxis: number }[] } }[]; yAxis: { max?: number } };
    expect(option.series[0]!.data).toEqual([
      ["2026-01-10", 10],
      ["2026-02-10", 15],
      ["2026-06-30", 40],
    ]);
    expect(option.series[0]!.markLine?.data).toEqual([{ yAxis: 40 }]);
    expect(option.series[1]!.data).toEqual([["2026-02-20", 12]]);
    expect(option.yAxis.max).toBeUndefined();
  });

  it("draws a rate on a 0 to 1 axis and no point while there is no figure yet", () => {
    const option = trajectoryOption(
      { kind: "COMPLETION_RATE", progress: { target: 0.8, trajectory: [{ date: "2026-01-01", required: 0.8 }] } },
      "2026-02-20",
      labels,
    ) as { series: { data: unknown[] }[]; yAxis: { max?: number } };
    expect(option.yAxis.max).toBe(1);
    expect(option.series[1]!.data).toEqual([]);
  });
});
