// The message catalog of one locale, assembled from one file per part of the portal
// (lib/i18n/messages/<locale>/<part>.json), so that work on separate areas never edits the same file.
// Parts may share a namespace (e.g. each adds its own keys under "errors"); the same leaf twice is a mistake.
import type { Locale } from "./locales.ts";

export const CATALOG_PARTS = [
  "core",
  "stations",
  "suggestions",
  "calendar",
  "reception",
  "supervision",
  "insight",
  "users",
  "validation",
  "audit",
  "security",
  "places",
  "deputies",
  "imports",
  "paper",
  "opendata",
  "projects",
  "delivery",
  "notifications",
  "photos",
  "ops",
  "reach",
  "letters",
  "activities",
  "templates",
  "workbench",
] as const;

type Tree = { [key: string]: Tree | string };

export function mergeParts(parts: Tree[]): Tree {
  const out: Tree = {};
  const put = (into: Tree, from: Tree, path: string) => {
    for (const [k, v] of Object.entries(from)) {
      const here = into[k];
      if (typeof v === "string" || typeof here === "string") {
        if (here !== undefined) throw new Error(`message key "${path}${k}" is defined twice`);
        into[k] = v;
      } else {
        into[k] = here ?? {};
        put(into[k], v, `${path}${k}.`);
      }
    }
  };
  for (const part of parts) put(out, part, "");
  return out;
}

// Every request needs the catalog and the files never change while the process runs: merged once per locale.
const merged = new Map<Locale, Promise<Tree>>();

export function loadCatalog(locale: Locale): Promise<Tree> {
  let catalog = merged.get(locale);
  if (!catalog) {
    catalog = Promise.all(
      CATALOG_PARTS.map(async (part) => (await import(`./messages/${locale}/${part}.json`)).default as Tree),
    ).then(mergeParts);
    merged.set(locale, catalog);
  }
  return catalog;
}
