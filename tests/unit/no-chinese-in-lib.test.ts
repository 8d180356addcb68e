// Every word a person reads lives in the catalogs (lib/i18n/messages; decision 0063). This reads every lib/**/*.ts
// file with the TypeScript scanner and fails on Chinese in a string, template or regular expression outside the
// places listed below, each with its reason. Comments may be in any language.
import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/** Files (or folders, ending in "/") where Chinese in code is data or a format, not a message. */
const ALLOWED: Record<string, string> = {
  "lib/demo/":
    "the demo installation's invented people, places, letters and replies: data imitating real Chinese records",
  "lib/deputies/import/":
    "the deputies' Excel template: sheet and column names the import matches, its sample row and instruction sheet " +
    "are the file format agreed with the offices, the same whatever the page's language",
  "lib/stations/import/":
    "the stations' Excel template: sheet and column names, sample row and drop-down values are the file format, " +
    "the same whatever the page's language (as the deputies' template)",
  "lib/units/import/":
    "the handling units' Excel template: sheet and column names, sample row and drop-down values are the file format, " +
    "the same whatever the page's language (as the deputies' template)",
  "lib/users/import/":
    "the staff accounts' Excel template: sheet and column names, sample row and drop-down values are the file format, " +
    "the same whatever the page's language (as the deputies' template)",
  "lib/deputies/save-deputy.ts": "男 / 女 are the stored gender values, the same as in the Excel template",
  "lib/import/cells.ts": "reads dates typed in spreadsheets as 2026年1月1日",
  "lib/import/read-workbook.ts": "reads 是 / 否 cells in spreadsheets as yes / no",
  "lib/auth/password-policy.ts": "words a password may not be built from (the portal's own name): matched, not shown",
  "lib/auth/totp.ts":
    "the issuer name authenticator apps show beside the code, fixed at enrolment (a change would orphan entries)",
  "lib/http/body-limit.ts":
    "the proxy's answer to an oversized upload, sent before any catalog is loaded (decision 0041)",
  "lib/notifications/sms-provider.ts": "a server log line marking text messages held in demo mode",
  "lib/map-tiles.ts": "the map provider's attribution, its registered name as its terms require",
};

const HAN = /\p{Script=Han}/u;
const ROOT = process.cwd();

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) return name === "generated" ? [] : files(p);
    return name.endsWith(".ts") ? [p] : [];
  });
}

/** "file:line: text" for each string, template part or regular expression with Chinese in it. */
function chineseInCode(file: string): string[] {
  const text = readFileSync(file, "utf8");
  if (!HAN.test(text)) return [];
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    const literal =
      ts.isStringLiteral(node) ||
      ts.isNoSubstitutionTemplateLiteral(node) ||
      ts.isTemplateHead(node) ||
      ts.isTemplateMiddle(node) ||
      ts.isTemplateTail(node) ||
      ts.isRegularExpressionLiteral(node);
    if (literal && HAN.test(node.getText(source))) {
      const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
      found.push(`${path.relative(ROOT, file)}:${line + 1}: ${node.getText(source).slice(0, 60)}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const relative = (file: string) => path.relative(ROOT, file).split(path.sep).join("/");
const allowedFor = (file: string) =>
  Object.keys(ALLOWED).find((p) => (p.endsWith("/") ? relative(file).startsWith(p) : relative(file) === p));

describe("no Chinese text in lib/ code outside the catalogs", () => {
  const found = new Map(files(path.join(ROOT, "lib")).map((f) => [f, chineseInCode(f)]));

  it("finds none outside the listed exceptions", () => {
    const offending = [...found].filter(([f]) => !allowedFor(f)).flatMap(([, lines]) => lines);
    expect(offending, "move these words into a catalog part (lib/i18n/messages)").toEqual([]);
  });

  it("lists only exceptions that still need their place", () => {
    const needed = new Set([...found].filter(([, lines]) => lines.length > 0).map(([f]) => allowedFor(f)));
    expect(Object.keys(ALLOWED).filter((p) => !needed.has(p))).toEqual([]);
  });

  it("notices Chinese in a string but not in a comment", () => {
    const sample = path.join(ROOT, "tests/unit/fixtures/chinese-sample.ts.txt");
    expect(chineseInCode(sample).map((l) => l.replace(/^.*?:\d+: /, ""))).toEqual(['"已受理"', "`已受理：${"]);
  });
});
