// The browser's half of the dashboards' charts (docs/decisions/0025): Apache ECharts with only the bar chart, the
// grid and the SVG renderer, loaded on demand by components/insight/browser-bar-chart.tsx so that pages without
// charts never download it.
import * as echarts from "echarts/core";
import { BarChart } from "echarts/charts";
import { GridComponent } from "echarts/components";
import { SVGRenderer } from "echarts/renderers";
import { barChartOption, type Bar } from "./chart-option.ts";

echarts.use([BarChart, GridComponent, SVGRenderer]);

/** Draws the bars into the element (sized by its CSS); returns how to redraw at a new size and how to remove it. */
export function drawBarChart(el: HTMLElement, bars: Bar[], color?: number): { resize(): void; dispose(): void } {
  const chart = echarts.init(el, null, { renderer: "svg" });
  chart.setOption(barChartOption(bars, color));
  return { resize: () => chart.resize(), dispose: () => chart.dispose() };
}
