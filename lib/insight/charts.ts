// Charts drawn on the server as SVG with Apache ECharts (docs/decisions/0021): no chart script reaches the
// browser, so the page needs no JavaScript and the CSP (script nonces, proxy.ts) is untouched. The numbers are
// also in the tables beside each chart, where each one is a link to its list.
import "server-only";
import * as echarts from "echarts/core";
import { BarChart } from "echarts/charts";
import { GridComponent } from "echarts/components";
import { SVGRenderer } from "echarts/renderers";

echarts.use([BarChart, GridComponent, SVGRenderer]);

const COLORS = ["#1d4ed8", "#0f766e", "#b45309", "#6b7280", "#b91c1c"];

// Drawing a chart costs 10-25 ms of CPU; the same figures give the same picture, so the last few are kept.
const drawn = new Map<string, string>();
const DRAWN_MAX = 200;

/** Horizontal bars, one per label, drawn as an SVG string. */
export function barChartSvg(bars: { label: string; value: number }[], opts: { width?: number; color?: number } = {}): string {
  const key = JSON.stringify([bars, opts]);
  const hit = drawn.get(key);
  if (hit) return hit;
  const svg = draw(bars, opts);
  drawn.set(key, svg);
  if (drawn.size > DRAWN_MAX) drawn.delete(drawn.keys().next().value!);
  return svg;
}

function draw(bars: { label: string; value: number }[], opts: { width?: number; color?: number }): string {
  const width = opts.width ?? 440;
  const height = Math.max(110, 30 * bars.length + 36);
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width, height });
  chart.setOption({
    animation: false,
    grid: { left: 72, right: 48, top: 8, bottom: 24 },
    xAxis: { type: "value", minInterval: 1, splitLine: { lineStyle: { color: "#e5e7eb" } } },
    yAxis: { type: "category", inverse: true, data: bars.map((b) => b.label), axisLabel: { fontSize: 13, color: "#374151", width: 140, overflow: "truncate" } },
    series: [
      {
        type: "bar",
        data: bars.map((b) => b.value),
        itemStyle: { color: COLORS[opts.color ?? 0] },
        label: { show: true, position: "right", color: "#111827" },
        barMaxWidth: 22,
      },
    ],
  });
  const svg = chart.renderToSVGString();
  chart.dispose();
  return svg;
}
