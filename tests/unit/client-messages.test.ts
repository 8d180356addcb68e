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

const clientFiles = ["app", "components"].flatMap(files).filter((f) => /^\s*["']use client["']/.test(readFileSync(f, "utf8")));

/** Namespaces named by t("ns.key"), t(`ns.${…}`), useTranslations("ns") or a messages prop like `next.message`. */
function namespacesIn(source: string): string[] {
  const found = new Set<string>();
  for (const m of source.matchAll(/\bt(?:\.rich|\.has)?\(\s*["'`]([a-zA-Z]+)\./g)) found.add(m[1]!);
  for (const m of source.matchAll(/useTranslations\(\s*["']([a-zA-Z]+)["']/g)) found.add(m[1]!);
  return [...found];
}

describe("messages sent to client components", () => {
  it("include every namespace a client component translates", () => {
    expect(clientFiles.length).toBeGreaterThan(3);
    const missing = clientFiles.flatMap((f) => namespacesIn(readFileSync(f, "utf8")).filter((ns) => !(CLIENT_NAMESPACES as readonly string[]).includes(ns)).map((ns) => `${f}: ${ns}`));
    expect(missing).toEqual([]);
  });
  it("leave out the rest", () => {
    const picked = clientMessages({ errors: { a: "A" }, eventAction: { b: "B" } });
    expect(picked).toEqual({ errors: { a: "A" } });
  });
});
