// Client components get only the namespaces they use: the whole catalog would travel in every page's payload
// (tens of kilobytes of JSON), though server components translate everything else before it leaves the server.
// A unit test (tests/unit/client-messages.test.ts) fails when a client component uses a namespace missing here.
// Step forms announce `<messagePrefix>.<op>` (app/actions/*), so those prefixes are here too.
// An entry may name part of a namespace ("reception.book") when a client component needs only that part.
export const CLIENT_NAMESPACES = [
  "errors",
  "done",
  "account",
  "login",
  "secondFactor",
  "suggest",
  "source",
  "stations",
  "detail",
  "calendar",
  "reception.book",
  "reception.done",
  "supervision.done",
  "users",
  "roles",
  "places.done",
  "deputyAdmin.done",
  "imports.done",
  "imports.passwords",
  "places.form",
  "projects.ballot",
  "projects.form",
  "projects.done",
  "photos.done",
  "activities.done",
  "delivery.done",
  "deputyAccount",
  "letters.done",
  "letters.form",
  "templates.picker",
  "templates.done",
  "workbench.done",
  "workbench.batch",
] as const;

type Tree = { [key: string]: Tree | string };

export function clientMessages(all: Tree): Tree {
  const out: Tree = {};
  for (const path of CLIENT_NAMESPACES) {
    const [ns, part] = path.split(".") as [string, string | undefined];
    const value = all[ns];
    if (value === undefined) continue;
    if (!part) out[ns] = value;
    else if (typeof value !== "string" && value[part] !== undefined) {
      const sofar = out[ns];
      out[ns] = { ...(typeof sofar === "object" ? sofar : {}), [part]: value[part] };
    }
  }
  return out;
}
