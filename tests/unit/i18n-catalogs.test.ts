import { describe, expect, it } from "vitest";
import zh from "@/lib/i18n/messages/zh-CN.json";
import en from "@/lib/i18n/messages/en.json";

const keys = (obj: object, prefix = ""): string[] =>
  Object.entries(obj).flatMap(([k, v]) => (typeof v === "object" && v ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));

describe("message catalogs (U1)", () => {
  it("have the same keys in zh-CN and en", () => {
    expect(keys(en).sort()).toEqual(keys(zh).sort());
  });
  it("have no empty strings", () => {
    type Tree = { [k: string]: Tree | string };
    const empty = (obj: object): string[] =>
      keys(obj).filter((k) => k.split(".").reduce<Tree | string>((o, p) => (o as Tree)[p]!, obj as Tree) === "");
    expect(empty(zh)).toEqual([]);
    expect(empty(en)).toEqual([]);
  });
});
