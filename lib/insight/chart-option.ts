// One horizontal bar chart, described once for Apache ECharts and drawn in two places (decisions 0021, 0025):
// on the server as SVG where the figures are cached (/stats: lib/insight/charts.ts), and in the browser where every
// slice brings new figures (the dashboards and reports: components/insight/browser-bar-chart.tsx).
// The bars are not links (the numbers beside each chart are), so the chart ignores the pointer.
export type Bar = { label: string; value: number };

const COLORS = ["#1d4ed8", "#0f766e", "#b45309", "#6b7280", "#b91c1c"];

/** Height in pixels for a number of bars; the browser reserves it before the chart is drawn. */
export function chartHeight(bars: number): number {
  return Math.max(110, 30 * bars + 36);
}

export function barChartOption(bars: Bar[], color = 0) {
  return {
    animation: false,
    grid: { left: 72, right: 48, top: 8, bottom: 24 },
    xAxis: { type: "value", minInterval: 1, silent: true, splitLine: { lineStyle: { color: "#e5e7eb" } } },
    yAxis: {
      type: "category",
      inverse: true,
      silent: true,
      data: bars.map((b) => b.label),
      axisLabel: { fontSize: 13, color: "#374151", width: 140, overflow: "truncate" },
    },
    series: [
      {
        type: "bar",
        silent: true,
        emphasis: { disabled: true },
        data: bars.map((b) => b.value),
        itemStyle: { color: COLORS[color] ?? COLORS[0] },
        label: { show: true, position: "right", color: "#111827" },
        barMaxWidth: 22,
      },
    ],
  } as const;
}
