import { describe, expect, it } from "vitest";
import { itemRowsHtml, type ItemLine } from "@/components/insight/item-rows";

const line = (over: Partial<ItemLine> = {}): ItemLine => ({
  code: "B0000000001",
  href: "/leader/suggestions/1",
  title: "路灯不亮",
  category: "市政",
  source: "扫码提交",
  place: "城市1区3街道",
  unit: "—",
  status: "HANDLING",
  statusLabel: "办理中",
  submitted: "2026/11/20",
  replied: "—",
  due: null,
  ...over,
});

describe("the list behind a figure, written as HTML", () => {
  it("escapes what residents and staff wrote, so a title or a place cannot inject markup", () => {
    const html = itemRowsHtml([
      line({ title: `<img src=x onerror="alert(1)">&'`, place: "<script>x</script>", href: `/x"><b>` }),
    ]);
    expect(html).not.toMatch(/<img|<script|<b>|onerror="/);
    expect(html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&amp;&#39;");
    expect(html).toContain('href="/x&quot;&gt;&lt;b&gt;"');
  });

  it("writes one row per item with its link, stage and dates, and the reply deadline only when there is one", () => {
    const html = itemRowsHtml([
      line(),
      line({ code: "B0000000002", href: "/leader/suggestions/2", replied: "2026/11/21", due: "限 2026/11/30 前答复" }),
    ]);
    expect(html.match(/<tr>/g)).toHaveLength(2);
    expect(html).toContain('<a href="/leader/suggestions/1">路灯不亮</a>');
    expect(html).toMatch(/data-status="HANDLING">办理中<\/td>/);
    expect(html).toContain("2026/11/21<span");
    expect(html).toContain(">限 2026/11/30 前答复</span>");
    expect(html.match(/限/g)).toHaveLength(1);
  });
});
