"use client";
// A dashboard chart, drawn in the browser (docs/decisions/0025): each slice brings new figures, and drawing them
// on the server cost more than counting them. The chart is decorative for screen readers: the same numbers follow
// it as links. Its height is reserved so nothing moves when it appears; without JavaScript the numbers remain.
import type { EChartsType } from "echarts/core";
import { useEffect, useRef } from "react";
import { barChartOption, chartHeight, type Bar } from "@/lib/insight/chart-option";

export function BrowserBarChart({ bars, color, label }: { bars: Bar[]; color?: number; label: string }) {
  const box = useRef<HTMLDivElement>(null);
  const key = JSON.stringify(bars);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    let chart: EChartsType | null = null;
    let gone = false;
    const resized = new ResizeObserver(() => chart?.resize());
    // ECharts is fetched the first time a chart is drawn, so pages without charts never download it.
    void import("@/lib/insight/echarts").then(({ init }) => {
      if (gone) return;
      chart = init(el, null, { renderer: "svg" });
      chart.setOption(barChartOption(JSON.parse(key) as Bar[], color));
      resized.observe(el);
    });
    return () => {
      gone = true;
      resized.disconnect();
      chart?.dispose();
    };
  }, [key, color]);
  if (bars.length === 0) return null;
  return (
    <figure className="overflow-x-auto" aria-label={label}>
      <div
        ref={box}
        aria-hidden="true"
        data-chart
        className="min-w-[320px]"
        style={{ height: chartHeight(bars.length) }}
      />
    </figure>
  );
}
