// An ECharts SVG drawn on the server (lib/insight/charts.ts), for pages whose figures are cached (/stats). The SVG
// is decorative for screen readers: the same numbers are in the table that follows it.
import { barChartSvg } from "@/lib/insight/charts";
import type { Bar } from "@/lib/insight/chart-option";

export function BarChart({ bars, color, label }: { bars: Bar[]; color?: number; label: string }) {
  if (bars.length === 0) return null;
  return (
    <figure className="overflow-x-auto" aria-label={label}>
      {/* The SVG string comes from our own numbers and names; ECharts escapes text it draws. */}
      <div
        aria-hidden="true"
        className="min-w-[320px] [&_svg]:h-auto [&_svg]:max-w-full"
        dangerouslySetInnerHTML={{ __html: barChartSvg(bars, { color }) }}
      />
    </figure>
  );
}
