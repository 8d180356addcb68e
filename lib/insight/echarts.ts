// Apache ECharts with only what the portal draws: horizontal bar charts on a grid, as SVG. Imported by the server
// (lib/insight/charts.ts, for /stats) and loaded on demand in the browser (components/insight/browser-bar-chart.tsx),
// so neither carries the rest of the library (decisions 0021, 0025).
// (`use` renamed: it is ECharts' registration, not a React hook)
import { init, use as register } from "echarts/core";
import { BarChart } from "echarts/charts";
import { GridComponent } from "echarts/components";
import { SVGRenderer } from "echarts/renderers";

register([BarChart, GridComponent, SVGRenderer]);

/** ECharts' init, once the parts above are registered: only what is used is exported, so the rest can be left out. */
export { init };
