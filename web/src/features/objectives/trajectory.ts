import type { EChartsOption } from "echarts";

export interface TrajectoryPoint {
  date?: string;
  required?: number;
}

export interface ObjectiveForChart {
  kind?: "STAFF_AT_LEVEL" | "COMPLETION_RATE";
  progress?: {
    current?: number;
    target?: number;
    trajectory?: TrajectoryPoint[];
  };
}

export interface TrajectoryLabels {
  required: string;
  current: string;
  target: string;
  /** a figure as shown on the axis and in the tooltip (a count, or a rate as a percentage) */
  figure: (value: number) => string;
}

/**
 * The objective's required path (the API's trajectory points), its target, and where it stands today. A rate
 * objective's figures are fractions (0 to 1), shown by `labels.figure` as percentages; `today` is an ISO date.
 */
export function trajectoryOption(objective: ObjectiveForChart, today: string, labels: TrajectoryLabels): EChartsOption {
  const points = (objective.progress?.trajectory ?? []).filter(
    (point): point is Required<TrajectoryPoint> => point.date !== undefined && point.required !== undefined,
  );
  const current = objective.progress?.current;
  const target = objective.progress?.target;
  const rate = objective.kind === "COMPLETION_RATE";
  return {
    animation: false,
    tooltip: {
      trigger: "axis",
      valueFormatter: (value: unknown) => (typeof value === "number" ? labels.figure(value) : String(value ?? "")),
    },
    legend: { top: 0, data: [labels.required, labels.current] },
    grid: { containLabel: true, top: 40, left: 8, right: 24, bottom: 8 },
    xAxis: { type: "time" },
    yAxis: {
      type: "value",
      min: 0,
      max: rate ? 1 : undefined,
      minInterval: rate ? undefined : 1,
      axisLabel: { formatter: (value: number) => labels.figure(value) },
    },
    series: [
      {
        name: labels.required,
        type: "line",
        step: false,
        data: points.map((point) => [point.date, point.required]),
        markLine:
          target === undefined
            ? undefined
            : {
                symbol: "none",
                label: { position: "insideEndTop", formatter: `${labels.target}: ${labels.figure(target)}` },
                data: [{ yAxis: target }],
              },
      },
      {
        name: labels.current,
        type: "scatter",
        symbolSize: 12,
        data: current === undefined || current === null ? [] : [[today, current]],
      },
    ],
  };
}
