import { describe, expect, it } from "vitest";
import { createTranslator } from "use-intl";
import { loadCatalog, mergeParts } from "@/lib/i18n/catalog";

const keys = (obj: object, prefix = ""): string[] =>
  Object.entries(obj).flatMap(([k, v]) => (typeof v === "object" && v ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));

describe("message catalogs (U1)", async () => {
  const zh = await loadCatalog("zh-CN");
  const en = await loadCatalog("en");

  it("have the same keys in zh-CN and en", () => {
    expect(keys(en).sort()).toEqual(keys(zh).sort());
  });
  it("have no empty strings", () => {
    type Tree = { [k: string]: Tree | string };
    const empty = (obj: object): string[] =>
      keys(obj).filter((k) => k.split(".").reduce<Tree | string>((o, p) => (o as Tree)[p], obj as Tree) === "");
    expect(empty(zh)).toEqual([]);
    expect(empty(en)).toEqual([]);
  });
  it("refuse the same key from two parts, and merge shared namespaces", () => {
    expect(mergeParts([{ errors: { a: "A" } }, { errors: { b: "B" } }])).toEqual({ errors: { a: "A", b: "B" } });
    expect(() => mergeParts([{ errors: { a: "A" } }, { errors: { a: "A2" } }])).toThrow(/errors\.a/);
  });
  it("name quarters as people write them: 2026年第三季度", () => {
    type Format = (key: string, values: Record<string, string | number>) => string;
    const t = createTranslator({ locale: "zh-CN", messages: zh, namespace: "archive" }) as unknown as Format;
    expect(t("quarterName", { year: "2026", q: "3" })).toBe("2026年第三季度");
    expect(t("quarterShort", { q: "1" })).toBe("第一季度");
    expect(t("publication", { year: 2026, quarter: "4", entries: 12, date: "2027-01-05" })).toBe(
      "2026年第四季度：12 条，2027-01-05 公示",
    );
    const te = createTranslator({ locale: "en", messages: en, namespace: "archive" }) as unknown as Format;
    expect(te("quarterName", { year: "2026", q: "3" })).toBe("Q3 2026");
  });
});
