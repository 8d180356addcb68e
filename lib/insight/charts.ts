// Charts drawn on the server as SVG with Apache ECharts (docs/decisions/0021): for pages whose figures are cached
// (/stats), so the picture is drawn once per set of figures and the page needs no chart script. The dashboards
// draw theirs in the browser (0025); both use the same description (chart-option.ts).
import "server-only";
import { barChartOption, chartHeight, type Bar } from "./chart-option.ts";
import { init } from "./echarts.ts";

// Drawing a chart costs a few milliseconds of CPU; the same figures give the same picture, so the last few are kept.
const drawn = new Map<string, string>();
const DRAWN_MAX = 200;

/** Horizontal bars, one per label, drawn as an SVG string. */
export function barChartSvg(bars: Bar[], opts: { width?: number; color?: number } = {}): string {
  const key = JSON.stringify([bars, opts]);
  const hit = drawn.get(key);
  if (hit) return hit;
  const chart = init(null, null, {
    renderer: "svg",
    ssr: true,
    width: opts.width ?? 440,
    height: chartHeight(bars.length),
  });
  chart.setOption(barChartOption(bars, opts.color));
  const svg = chart.renderToSVGString();
  chart.dispose();
  drawn.set(key, svg);
  if (drawn.size > DRAWN_MAX) drawn.delete(drawn.keys().next().value!);
  return svg;
}
