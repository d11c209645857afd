import type { EChartsOption } from "echarts";

/** A breakdown cell as the impact report sends it: figures, or `suppressed: true` and no figures. */
export interface ImpactCell {
  suppressed?: boolean;
  participants?: number;
  enrolments?: number;
  completions?: number;
  completionRate?: number;
}

export interface ImpactBreakdowns {
  participants?: number;
  breakdowns?: Record<string, Record<string, ImpactCell>>;
}

/** One row of a breakdown: a suppressed cell has no figure at all (null), never 0. */
export interface BreakdownRow {
  key: string;
  suppressed: boolean;
  participants: number | null;
  enrolments: number | null;
  completions: number | null;
  completionRate: number | null;
}

/**
 * A breakdown ready to show. `withheld`: the report sent it empty although it counts participants, because even
 * the list of its cells would give people away (docs/reporting.md); it is shown as withheld, not as "no data".
 */
export interface BreakdownView {
  name: string;
  rows: BreakdownRow[];
  withheld: boolean;
}

/** The report's breakdowns in the order it sends them (sizeBand, sector, region, course, ...). */
export function breakdownViews(report: ImpactBreakdowns): BreakdownView[] {
  const participants = report.participants ?? 0;
  return Object.entries(report.breakdowns ?? {}).map(([name, cells]) => {
    const rows = Object.entries(cells).map(([key, cell]) => toRow(key, cell));
    return { name, rows, withheld: rows.length === 0 && participants > 0 };
  });
}

function toRow(key: string, cell: ImpactCell): BreakdownRow {
  if (cell.suppressed) {
    return { key, suppressed: true, participants: null, enrolments: null, completions: null, completionRate: null };
  }
  return {
    key,
    suppressed: false,
    participants: cell.participants ?? null,
    enrolments: cell.enrolments ?? null,
    completions: cell.completions ?? null,
    completionRate: cell.completionRate ?? null,
  };
}

export interface BreakdownChartLabels {
  participants: string;
  completions: string;
  /** appended under a suppressed cell's key, e.g. "suppressed" */
  suppressed: string;
  /** the breakdown's key shown to people, e.g. "MICRO" -> "Micro" */
  keyLabel?: (key: string) => string;
}

/** ECharts' own "no value" marker: the bar is left out, where 0 would draw a bar of height 0 and read as zero. */
export const NO_VALUE = "-";

/**
 * A bar chart of participants and completions per cell. A suppressed cell keeps its place on the axis, its label
 * says "suppressed", and its bars carry no value (ECharts' '-'), so it can never be read as 0.
 */
export function breakdownChartOption(view: BreakdownView, labels: BreakdownChartLabels): EChartsOption {
  const keyLabel = labels.keyLabel ?? ((key: string) => key);
  const categories = view.rows.map((row) => (row.suppressed ? `${keyLabel(row.key)}\n(${labels.suppressed})` : keyLabel(row.key)));
  const value = (row: BreakdownRow, figure: number | null) => (row.suppressed || figure === null ? NO_VALUE : figure);
  return {
    animation: false,
    tooltip: { trigger: "axis" },
    legend: { top: 0, data: [labels.participants, labels.completions] },
    grid: { containLabel: true, top: 40, left: 8, right: 8, bottom: 8 },
    xAxis: { type: "category", data: categories, axisLabel: { interval: 0 } },
    yAxis: { type: "value", minInterval: 1 },
    series: [
      { name: labels.participants, type: "bar", data: view.rows.map((row) => value(row, row.participants)) },
      { name: labels.completions, type: "bar", data: view.rows.map((row) => value(row, row.completions)) },
    ],
  };
}
