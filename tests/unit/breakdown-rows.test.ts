import { describe, expect, it } from "vitest";
import { breakdownRowsHtml } from "@/components/insight/breakdown-rows";
import { emptyFigures } from "@/lib/insight/measures";

const row = (name: string, over: Partial<ReturnType<typeof emptyFigures>> = {}) => ({ id: 7, name, figures: { ...emptyFigures(), ...over } });

describe("breakdown rows written as HTML", () => {
  it("escapes names and links, so a region or unit name cannot inject markup", () => {
    const html = breakdownRowsHtml([row(`<img src=x onerror="alert(1)">&'`)], { href: (_r, m) => `/leader/items?unit=7&measure=${m}"><script>`, selfName: "本级" });
    expect(html).not.toMatch(/<img|<script|onerror="/);
    expect(html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&amp;&#39;");
    expect(html).toContain('href="/leader/items?unit=7&amp;measure=received&quot;&gt;&lt;script&gt;"');
  });

  it("writes every count as a link to its list, marks a non-zero overdue count, and names the level itself", () => {
    const html = breakdownRowsHtml([row("", { received: 12345, replied: 4, onTime: 3, overdue: 2 })], { href: (_r, m) => `/l?measure=${m}`, selfName: "本级" });
    expect(html).toContain('<th scope="row" class="py-1.5 pr-2 font-medium">本级</th>');
    expect(html).toContain('<a href="/l?measure=received" class="figure-link">12,345</a>');
    expect(html).toContain('<a href="/l?measure=overdue" class="figure-link" data-alert="true">2</a>');
    expect(html).toContain("<td>75.0%</td>"); // on time 3 of 4 replied
    expect(html.match(/<a /g)).toHaveLength(9);
  });
});
