import type { EChartsOption } from "echarts";

export interface ShareLine {
  employerId?: string;
  amountMinor?: number;
  seats?: number;
  headcount?: number;
}

export interface CostSplitSlice {
  employerId: string;
  name: string;
  amountMinor: number;
  seats: number;
  /** the slice's part of the cohort's total, 0 to 1 */
  part: number;
}

/**
 * The shares as slices, largest first (ties by name), each with its part of the total. The parts are those of the
 * shares the API computed (which sum to the total to the cent); nothing is re-derived here.
 */
export function costSplitSlices(shares: ShareLine[], nameOf: (employerId: string) => string): CostSplitSlice[] {
  const total = shares.reduce((sum, line) => sum + (line.amountMinor ?? 0), 0);
  return shares
    .map((line) => {
      const employerId = line.employerId ?? "";
      const amountMinor = line.amountMinor ?? 0;
      return {
        employerId,
        name: nameOf(employerId),
        amountMinor,
        seats: line.seats ?? 0,
        part: total === 0 ? 0 : amountMinor / total,
      };
    })
    .sort((a, b) => b.amountMinor - a.amountMinor || a.name.localeCompare(b.name));
}

/** A pie of the cohort's cost split; `money` formats minor units in the cohort's currency for labels and tooltips. */
export function costSplitOption(slices: CostSplitSlice[], money: (minor: number) => string, title: string): EChartsOption {
  const byName = new Map(slices.map((slice) => [slice.name, slice]));
  return {
    animation: false,
    title: { text: title, left: "center", textStyle: { fontSize: 14 } },
    tooltip: {
      trigger: "item",
      formatter: (params: unknown) => {
        const { name } = params as { name: string };
        const slice = byName.get(name);
        return slice ? `${name}: ${money(slice.amountMinor)} (${Math.round(slice.part * 1000) / 10}%)` : name;
      },
    },
    series: [
      {
        type: "pie",
        radius: ["35%", "65%"],
        top: 30,
        label: {
          formatter: (params: unknown) => {
            const { name } = params as { name: string };
            const slice = byName.get(name);
            return slice ? `${name}: ${money(slice.amountMinor)}` : name;
          },
        },
        data: slices.map((slice) => ({ name: slice.name, value: slice.amountMinor })),
      },
    ],
  };
}
