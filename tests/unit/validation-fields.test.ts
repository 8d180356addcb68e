import { describe, expect, it } from "vitest";
import { z } from "zod";
import { cleanText, civilDate, id, safeFileName, text } from "@/lib/validation/fields";
import { fieldErrorsFrom } from "@/lib/forms/action-state";
import { ACTION_BODY_LIMIT_BYTES, oversizeBodyAnswer } from "@/lib/http/body-limit";

describe("cleaned text (decision 0039)", () => {
  it("removes NUL, controls, zero-width and direction characters, and trims", () => {
    expect(cleanText("  路\u0000灯\u200B不\u202E亮\u2066了\uFEFF ")).toBe("路灯不亮了");
    expect(cleanText("a\tb\r\nc")).toBe("a b c");
    expect(cleanText("a\tb\r\nc", true)).toBe("a\tb\nc");
    expect(cleanText("x\uD800y")).toBe("xy"); // a lone surrogate
  });
  it("keeps emoji sequences, including their joiners", () => {
    expect(cleanText("👨‍👩‍👧 ok ❤️")).toBe("👨‍👩‍👧 ok ❤️");
    expect(cleanText("a\u200Db")).toBe("ab");
  });
  it("treats a text that is empty after cleaning as missing", () => {
    const title = text({ min: 4, max: 100, tooShort: "titleTooShort" });
    expect(title.safeParse("\u200B\u200B\u200B\u200B\u200B").error?.issues[0].message).toBe("titleTooShort");
    expect(title.parse(" 路灯\u202E不亮 ")).toBe("路灯不亮");
  });
});

describe("dates and ids", () => {
  it("refuses impossible and far-off dates", () => {
    const d = civilDate({ min: "2000-01-01" });
    expect(d.safeParse("2026-02-31").error?.issues[0].message).toBe("dateInvalid");
    expect(d.safeParse("1000-01-01").error?.issues[0].message).toBe("dateOutOfRange");
    expect(d.safeParse("2026/02/01").error?.issues[0].message).toBe("dateRequired");
    expect(d.parse("2028-02-29")).toBe("2028-02-29");
  });
  it("keeps ids inside int4 and takes only plain digits", () => {
    const i = id();
    expect(i.parse("2147483647")).toBe(2147483647);
    expect(i.parse(12)).toBe(12);
    for (const bad of ["2147483648", "0", "-1", "1e3", "0x10", "1.5", "", "abc", [1], null])
      expect(i.safeParse(bad).success, String(bad)).toBe(false);
  });
});

describe("file names", () => {
  it("drops direction overrides and path parts, and keeps the extension when cut", () => {
    expect(safeFileName("\u202Egpj.exe")).toBe("gpj.exe");
    expect(safeFileName("../../etc/passwd")).toBe("_.._etc_passwd");
    expect(safeFileName("\u0000")).toBe("file");
    const long = safeFileName(`${"长".repeat(300)}.jpg`);
    expect([...long].length).toBe(200);
    expect(long.endsWith(".jpg")).toBe(true);
  });
});

describe("messages", () => {
  it("turns zod's own sentences into catalog keys by kind", () => {
    z.config(z.locales.zhCN());
    const schema = z.strictObject({ a: z.string(), b: z.enum(["x", "y"]), c: z.string().max(1) });
    const r = schema.safeParse({ a: 1, b: "z", c: "long", d: 1 });
    expect(fieldErrorsFrom(r.error!.issues)).toEqual({
      a: "invalid",
      b: "invalidChoice",
      c: "tooLong",
      form: "unknownField",
    });
  });
});

describe("oversize bodies", () => {
  const post = (length: number) =>
    new Request("http://localhost/suggest", { method: "POST", headers: { "content-length": String(length) } });
  it("answers a body over the action limit with 413 and a Chinese 文件过大", async () => {
    const answer = oversizeBodyAnswer(post(50 * 1024 * 1024))!;
    expect(answer.status).toBe(413);
    expect(await answer.text()).toMatch(/^文件过大/);
    expect(oversizeBodyAnswer(post(ACTION_BODY_LIMIT_BYTES))).toBeNull();
    expect(oversizeBodyAnswer(new Request("http://localhost/"))).toBeNull();
  });
});
