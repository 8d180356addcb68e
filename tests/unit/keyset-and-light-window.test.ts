import { describe, expect, it } from "vitest";
import { light } from "@/lib/calendar/due-dates";
import { lightIn, yellowWindow } from "@/lib/calendar/light-window";
import { decodeCursor, encodeCursor, toPage } from "@/lib/pagination/keyset";
import { calendar2026, sh } from "./calendar-2026.fixture";

describe("keyset cursors", () => {
  it("round-trip a timestamp (to the millisecond) and an id", () => {
    const key = { at: new Date("2026-03-16T01:02:03.456Z"), id: 123456 };
    const cursor = encodeCursor(key);
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor)).toEqual(key);
  });

  it("treat anything malformed or out of range as no cursor, without throwing", () => {
    const b64 = (s: string) => Buffer.from(s).toString("base64url");
    for (const bad of [
      undefined,
      "",
      42,
      ["a"],
      "!!!",
      "a".repeat(200),
      b64("abc"),
      b64("1:0"),
      b64("-5:1"),
      b64("1.5:2"),
      b64("1700000000000:2147483648"),
      b64("99999999999999999:1"),
      b64("1700000000000:1:1"),
      b64(" 1:1"),
    ]) {
      expect(decodeCursor(bad), String(bad)).toBeNull();
    }
  });

  it("cut a page of size + 1 rows and point the cursor at its last row", () => {
    const rows = [1, 2, 3].map((id) => ({ at: new Date(1000), id }));
    expect(toPage(rows, 3, (r) => r)).toEqual({ rows, next: null });
    const page = toPage(rows, 2, (r) => r);
    expect(page.rows.map((r) => r.id)).toEqual([1, 2]);
    expect(decodeCursor(page.next)).toEqual({ at: new Date(1000), id: 2 });
  });
});

describe("yellowWindow and lightIn", () => {
  const cal = calendar2026();
  it("agrees with light() for every deadline around the Spring Festival and National Day", () => {
    for (const nowText of ["2026-02-12 10:00", "2026-02-13 23:59", "2026-09-30 08:00", "2026-03-16 12:00"]) {
      const now = sh(nowText);
      for (const days of [0, 1, 3, 5]) {
        const w = yellowWindow(now, days, cal);
        for (let h = -30; h < 24 * 40; h += 7) {
          const dueAt = new Date(now.getTime() + h * 3_600_000);
          const expected = light(dueAt, now, days, cal);
          expect(lightIn(w, dueAt), `${nowText} +${h}h, ${days} days`).toBe(expected);
        }
      }
    }
  });

  it("is empty for a negative or nonsense setting", () => {
    const now = sh("2026-03-16 09:00");
    expect(yellowWindow(now, -1, cal)).toEqual({ from: now, until: now });
    expect(yellowWindow(now, Number.NaN, cal)).toEqual({ from: now, until: now });
  });
});
