// Client components receive only CLIENT_NAMESPACES of the catalog; a namespace they use but do not receive
// would show raw keys in the browser. This reads every "use client" file for the namespaces it translates.
import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CLIENT_NAMESPACES, clientMessages } from "@/lib/i18n/client-messages";

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) return files(p);
    return /\.tsx?$/.test(name) ? [p] : [];
  });
}

const clientFiles = ["app", "components"]
  .flatMap(files)
  .filter((f) => /^\s*["']use client["']/.test(readFileSync(f, "utf8")));

/** Key paths used by t("ns.part.key"), t(`ns.${…}`) or useTranslations("ns"): "ns" and, when there is one, "ns.part". */
function keysIn(source: string): { ns: string; part?: string }[] {
  const found: { ns: string; part?: string }[] = [];
  for (const m of source.matchAll(/\bt(?:\.rich|\.has)?\(\s*["'`]([a-zA-Z]+)\.([a-zA-Z]+\.)?/g))
    found.push({ ns: m[1], part: m[2]?.slice(0, -1) });
  for (const m of source.matchAll(/useTranslations\(\s*["']([a-zA-Z]+)["']/g)) found.push({ ns: m[1] });
  return found;
}
const sent = (k: { ns: string; part?: string }) =>
  (CLIENT_NAMESPACES as readonly string[]).includes(k.ns) ||
  (k.part !== undefined && (CLIENT_NAMESPACES as readonly string[]).includes(`${k.ns}.${k.part}`));

describe("messages sent to client components", () => {
  it("include every namespace a client component translates", () => {
    expect(clientFiles.length).toBeGreaterThan(3);
    const missing = clientFiles.flatMap((f) =>
      keysIn(readFileSync(f, "utf8"))
        .filter((k) => !sent(k))
        .map((k) => `${f}: ${k.ns}${k.part ? `.${k.part}` : ""}`),
    );
    expect(missing).toEqual([]);
  });
  it("include the confirmations the step forms announce (messagePrefix in app/actions)", () => {
    const prefixes = files("app/actions").flatMap((f) =>
      [...readFileSync(f, "utf8").matchAll(/messagePrefix:\s*"([a-zA-Z.]+)"/g)].map((m) => m[1]),
    );
    expect(prefixes.length).toBeGreaterThan(2);
    const covered = (p: string) =>
      [p, p.split(".")[0]].some((x) => (CLIENT_NAMESPACES as readonly string[]).includes(x));
    expect(prefixes.filter((p) => !covered(p))).toEqual([]);
  });
  it("leave out the rest", () => {
    const picked = clientMessages({
      errors: { a: "A" },
      eventAction: { b: "B" },
      reception: { book: { c: "C" }, rota: { d: "D" } },
    });
    expect(picked).toEqual({ errors: { a: "A" }, reception: { book: { c: "C" } } });
  });
});
