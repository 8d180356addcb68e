import { describe, expect, it } from "vitest";
import {
  assignmentRowsHtml,
  queueRowsHtml,
  type AssignmentLine,
  type QueueLine,
} from "@/components/suggestions/work-rows";

const queueLine = (over: Partial<QueueLine> = {}): QueueLine => ({
  code: "K7M2Q9XA",
  href: "/staff/suggestions/1",
  title: "路灯不亮",
  category: "市政",
  source: "扫码提交",
  place: "城市1区3街道联络站",
  status: "HANDLING",
  statusLabel: "办理中",
  submitted: "2026/11/20",
  light: { light: "red", label: "逾期" },
  due: "12/01 到期",
  ...over,
});

const assignmentLine = (over: Partial<AssignmentLine> = {}): AssignmentLine => ({
  code: "K7M2Q9XA",
  href: "/unit/suggestions/1",
  title: "路灯不亮",
  role: "主办",
  round: null,
  status: "PENDING",
  statusLabel: "待签收",
  due: "2026/12/01",
  light: { light: "yellow", label: "临期" },
  ...over,
});

describe("the staff queue's rows, written as HTML", () => {
  it("escapes what residents and staff wrote, so a title or a place cannot inject markup", () => {
    const html = queueRowsHtml([
      queueLine({ title: `<img src=x onerror="alert(1)">&'`, place: "<script>x</script>", href: `/x"><b>` }),
    ]);
    expect(html).not.toMatch(/<img|<script|<b>|onerror="/);
    expect(html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&amp;&#39;");
    expect(html).toContain('href="/x&quot;&gt;&lt;b&gt;"');
  });

  it("writes one row per item with its link, stage, light in words and due date, or the no-deadline words", () => {
    const html = queueRowsHtml([queueLine(), queueLine({ code: "K7M2Q9XB", light: null, due: "无时限" })]);
    expect(html.match(/<tr>/g)).toHaveLength(2);
    expect(html).toContain('<a href="/staff/suggestions/1">路灯不亮</a>');
    expect(html).toMatch(/data-status="HANDLING">办理中<\/td>/);
    expect(html).toMatch(
      /data-light="red"[^>]*><span aria-hidden="true"[^>]*><\/span><span class="font-medium">逾期<\/span>/,
    );
    expect(html).toContain(">12/01 到期</span>");
    expect(html.match(/data-light=/g)).toHaveLength(1);
    expect(html).toContain(">无时限</span>");
  });
});

describe("a unit's assignment rows, written as HTML", () => {
  it("escapes the title and shows the round only after the first, the light only while it waits on the unit", () => {
    const html = assignmentRowsHtml([
      assignmentLine({ title: "<b>x</b>" }),
      assignmentLine({ round: "第 2 轮", light: null, status: "REPLIED", statusLabel: "已答复" }),
    ]);
    expect(html).not.toContain("<b>");
    expect(html).toContain("&lt;b&gt;x&lt;/b&gt;");
    expect(html.match(/<tr>/g)).toHaveLength(2);
    expect(html.match(/第 2 轮/g)).toHaveLength(1);
    expect(html.match(/data-light="yellow"/g)).toHaveLength(1);
    expect(html).toMatch(/data-status="REPLIED">已答复<\/td>/);
    expect(html).toContain('<span class="tabular-nums">2026/12/01</span> ');
  });
});
