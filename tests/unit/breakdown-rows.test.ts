import { describe, expect, it } from "vitest";
import { breakdownRowsHtml, withMeasure } from "@/components/insight/breakdown-rows";

const line = (name: string, counts: number[] = [], href = "/leader/items?unit=7") => ({
  name,
  href,
  counts,
  rates: [0.75, null, 1],
});

describe("breakdown rows written as HTML", () => {
  it("escapes names and links, so a region or unit name cannot inject markup", () => {
    const html = breakdownRowsHtml([line(`<img src=x onerror="alert(1)">&'`, [], `/leader/items?unit=7"><script>`)]);
    expect(html).not.toMatch(/<img|<script|onerror="/);
    expect(html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&amp;&#39;");
    expect(html).toContain('href="/leader/items?unit=7&quot;&gt;&lt;script&gt;&amp;measure=received"');
  });

  it("writes every count as a link to its list, marks a non-zero overdue count, and shows the rates", () => {
    const html = breakdownRowsHtml([line("本级", [12345, 9, 4, 3, 2, 1, 1, 0, 1, 2])]);
    expect(html).toContain('<th scope="row" class="py-1.5 pr-2 font-medium">本级</th>');
    expect(html).toContain('<a href="/leader/items?unit=7&amp;measure=received" class="figure-link">12,345</a>');
    expect(html).toContain(
      '<a href="/leader/items?unit=7&amp;measure=overdue" class="figure-link" data-alert="true">2</a>',
    );
    expect(html).toContain("<td>75.0%</td><td>—</td><td>100.0%</td>");
    expect(html.match(/<a /g)).toHaveLength(10);
  });

  it("adds the measure to a link with or without a query", () => {
    expect(withMeasure("/leader/items", "late")).toBe("/leader/items?measure=late");
    expect(withMeasure("/leader/items?from=2026-01-01", "late")).toBe("/leader/items?from=2026-01-01&measure=late");
  });
});
