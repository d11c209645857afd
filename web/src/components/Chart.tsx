// A chart, drawn by Apache ECharts. A chart is a picture of figures that a table beside it also gives, so it is hidden
// from assistive technology and the table is the accessible version. ECharts is loaded on first use, in its own file,
// so pages without a chart do not wait for it.
import { lazy, Suspense } from "react";
import type { EChartsCoreOption } from "echarts/core";

export type ChartOption = EChartsCoreOption;

const EChart = lazy(() => import("./EChart"));

export function Chart({ option, height = "18rem" }: { option: ChartOption; height?: string }) {
  return (
    <Suspense fallback={<div className="chart" style={{ height }} aria-hidden="true" />}>
      <EChart option={option} height={height} />
    </Suspense>
  );
}
