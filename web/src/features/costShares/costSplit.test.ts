import { describe, expect, it } from "vitest";
import { costSplitOption, costSplitSlices } from "./costSplit";

describe("a cohort's cost split", () => {
  const shares = [
    { employerId: "b", amountMinor: 240000, seats: 1 },
    { employerId: "a", amountMinor: 420000, seats: 2 },
    { employerId: "c", amountMinor: 240000, seats: 1 },
  ];
  const names: Record<string, string> = { a: "Acme", b: "Bolt", c: "Cogs" };

  it("orders the slices largest first, ties by name, with their parts of the total", () => {
    const slices = costSplitSlices(shares, (id) => names[id] ?? id);
    expect(slices.map((slice) => [slice.name, slice.amountMinor, slice.seats])).toEqual([
      ["Acme", 420000, 2],
      ["Bolt", 240000, 1],
      ["Cogs", 240000, 1],
    ]);
    expect(slices.map((slice) => slice.part)).toEqual([420000 / 900000, 240000 / 900000, 240000 / 900000]);
  });

  it("draws the API's amounts, which add up to the cohort's total", () => {
    const option = costSplitOption(
      costSplitSlices(shares, (id) => names[id] ?? id),
      (m) => `${m}`,
      "Split",
    ) as {
      series: { data: { name: string; value: number }[] }[];
    };
    const values = option.series[0]!.data.map((item) => item.value);
    expect(values.reduce((a, b) => a + b, 0)).toBe(900000);
  });

  it("has no parts where nothing is to be paid", () => {
    expect(costSplitSlices([{ employerId: "a", amountMinor: 0, seats: 1 }], () => "Acme")[0]!.part).toBe(0);
  });
});
