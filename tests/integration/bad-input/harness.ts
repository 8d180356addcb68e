// The bad-input corpus (issue 12, S2): every case calls a real use case on the real database the way its form
// action does (through runFormAction), and must end in a message from the zh-CN catalog for the field or form,
// never in a server exception ("generic"), English validator text, or a changed row.
import { expect } from "vitest";
import { db } from "@/lib/db";
import { loadCatalog } from "@/lib/i18n/catalog";
import { runFormAction } from "@/lib/forms/run-action";
import type { ActionState } from "@/lib/forms/action-state";

export type Case = {
  name: string;
  /** The field the message belongs to; "form" for a message about the whole form. */
  field: string;
  run: () => Promise<unknown>;
};

type Tree = { [k: string]: Tree | string };
const zh = await loadCatalog("zh-CN");

const lookup = (key: string): string | undefined => {
  let node: Tree | string | undefined = zh.errors;
  for (const part of key.split(".")) node = typeof node === "object" ? node[part] : undefined;
  return typeof node === "string" ? node : undefined;
};

/** What a form would show, the way app/actions do it: use-case results and thrown errors as ActionState. */
export function attempt(run: () => Promise<unknown>): Promise<ActionState> {
  return runFormAction({}, async () => {
    const r = (await run()) as Record<string, unknown> | undefined;
    if (r && typeof r === "object") {
      if ("fieldErrors" in r || "formError" in r) return r;
      // The sign-in use cases answer { ok: false, reason } (the forms turn the reason into errors.*).
      if (r.ok === false) return { formError: r.reason === "badInput" ? "invalid" : String(r.reason) };
    }
    return { ok: true };
  });
}

// Tables a refusal may write: the audit trail (S9: every refusal is recorded) and rate-limit counters.
const MAY_CHANGE = new Set(["AuditEvent", "RateLimitHit", "_prisma_migrations"]);
let checksumSql: string | undefined;

/** One fingerprint of every row of every application table. */
export async function fingerprint(): Promise<string> {
  if (!checksumSql) {
    const tables = await db.$queryRaw<{ name: string }[]>`
      SELECT table_name AS name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name`;
    const parts = tables
      .map((t) => t.name)
      .filter((n) => !MAY_CHANGE.has(n))
      .map(
        (n) => `SELECT '${n}' AS n, md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS h FROM "${n}" t`,
      );
    checksumSql = `SELECT string_agg(n || ':' || h, ',' ORDER BY n) AS f FROM (${parts.join(" UNION ALL ")}) x`;
  }
  const rows = await db.$queryRawUnsafe<{ f: string }[]>(checksumSql);
  return rows[0].f;
}

const CJK = /[\u4e00-\u9fff]/;
// zod's English texts ("Invalid input: expected string, received undefined", "Too small: expected ...").
const ENGLISH_VALIDATOR = /invalid|expected|received|too (small|big)|unrecognized|required|must|string|number/i;

/** Runs one case and checks the three promises: a Chinese message for the field, no exception, no row changed. */
export async function expectRefused(c: Case): Promise<void> {
  const before = await fingerprint();
  const state = await attempt(c.run);
  const after = await fingerprint();

  expect(state.ok, `${c.name}: accepted`).not.toBe(true);
  expect(state.formError, `${c.name}: a server exception`).not.toBe("generic");
  expect(state.formError, `${c.name}: a server exception`).not.toBe("unavailable");
  const key = c.field === "form" ? (state.formError ?? state.fieldErrors?.form) : state.fieldErrors?.[c.field];
  expect(key, `${c.name}: no message for ${c.field} (got ${JSON.stringify(state)})`).toBeTruthy();
  for (const k of [state.formError, ...Object.values(state.fieldErrors ?? {})].filter(Boolean) as string[]) {
    const text = lookup(k);
    expect(text, `${c.name}: "${k}" is not in the zh-CN catalog`).toBeTypeOf("string");
    expect(text, `${c.name}: "${k}" is not Chinese`).toMatch(CJK);
    expect(text, `${c.name}: "${k}" reads like validator text`).not.toMatch(ENGLISH_VALIDATOR);
  }
  expect(after, `${c.name}: rows changed`).toBe(before);
}

// Values that must never pass as a required text.
export const EMPTYISH_TEXTS: [string, unknown][] = [
  ["empty", ""],
  ["whitespace only", "   \t  "],
  ["zero-width only", "\u200B\u200C\u200B\uFEFF\u2060\u200B"],
  ["RTL override only", "\u202E\u202E\u202D\u202E\u2066\u2069"],
  ["NUL bytes only", "\u0000\u0000\u0000\u0000\u0000"],
  ["control characters only", "\u0001\u0002\u0007\u0008\u001B\u007F"],
  ["missing", undefined],
  ["an array", ["路灯", "不亮"]],
  ["an object", { toString: "x" }],
];
export const HUGE_TEXT = "长".repeat(10_000);
export const HUGE_EMOJI = "🙂".repeat(10_000);

// Ids that must never reach the database.
export const BAD_IDS: [string, unknown][] = [
  ["int4 overflow", "2147483648"],
  ["far past int4", "99999999999999999999"],
  ["negative", "-1"],
  ["zero", "0"],
  ["non-numeric", "abc"],
  ["exponent", "1e3"],
  ["hex", "0x10"],
  ["fraction", "1.5"],
  ["NUL byte", "1\u00002"],
  ["SQL", "1 OR 1=1"],
];

export const BAD_DATES: [string, string][] = [
  ["impossible day", "2026-02-31"],
  ["month 13", "2026-13-01"],
  ["month 0", "2026-00-10"],
  ["year 1000", "1000-01-01"],
  ["year 9999", "9999-12-31"],
  ["slashes", "2026/03/01"],
  ["not a date", "明天"],
];

export const oneOf = <T>(list: [string, T][], pick: string[]) => list.filter(([n]) => pick.includes(n));
