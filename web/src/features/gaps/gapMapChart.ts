import type { EChartsOption } from "echarts";

export interface GapCell {
  sizeBand?: string;
  staffBelowTarget?: number;
  totalGap?: number;
  suppressed?: boolean;
}

export interface GapRow {
  skillCode?: string;
  skillName?: string;
  suppressed?: boolean;
  staffBelowTarget?: number;
  totalGap?: number;
  bySizeBand?: GapCell[];
}

/** The size bands of the gap map, in the order the API sends them (UNKNOWN: the employer's band has not arrived). */
export const GAP_SIZE_BANDS = ["MICRO", "SMALL", "MEDIUM", "LARGE", "UNKNOWN"] as const;

export interface GapChartLabels {
  suppressed: string;
  sizeBand: (band: string) => string;
}

const NO_VALUE = "-";

/**
 * Skills down the side, staff below target stacked by size band along. A suppressed row or cell draws no bar (no
 * value, never 0) and the skill's label says it is suppressed, so a hidden count cannot be read off the chart.
 * Rows keep the API's order (largest gap first, suppressed rows last); the chart lists the first at the top.
 */
export function gapMapOption(rows: GapRow[], labels: GapChartLabels): EChartsOption {
  const ordered = [...rows].reverse();
  const categories = ordered.map((row) => {
    const name = row.skillName ?? row.skillCode ?? "";
    return row.suppressed ? `${name} (${labels.suppressed})` : name;
  });
  const bands = GAP_SIZE_BANDS.filter((band) => rows.some((row) => (row.bySizeBand ?? []).some((cell) => cell.sizeBand === band)));
  return {
    animation: false,
    tooltip: { trigger: "axis", axisPointer: { type: "shadow" } },
    legend: { top: 0, data: bands.map(labels.sizeBand) },
    grid: { containLabel: true, top: 40, left: 8, right: 16, bottom: 8 },
    xAxis: { type: "value", minInterval: 1 },
    yAxis: { type: "category", data: categories },
    series: bands.map((band) => ({
      name: labels.sizeBand(band),
      type: "bar" as const,
      stack: "staff",
      data: ordered.map((row) => {
        if (row.suppressed) return NO_VALUE;
        const cell = (row.bySizeBand ?? []).find((candidate) => candidate.sizeBand === band);
        if (!cell || cell.suppressed || cell.staffBelowTarget === undefined) return NO_VALUE;
        return cell.staffBelowTarget;
      }),
    })),
  };
}
