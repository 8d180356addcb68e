// The one shape every form action returns (architecture.md §4): field errors and a form error as message-catalog
// keys, the submitted values to echo back (React 19 resets uncontrolled inputs), and what happened on success.
export type ActionState = {
  ok?: boolean;
  /** Catalog key of a message for the whole form (errors.* or a success message). */
  formError?: string;
  /** Values the form error's message names ("the deputy is on duty at {place}, {time}"). */
  formErrorParams?: Record<string, string | number>;
  fieldErrors?: Record<string, string>;
  values?: Record<string, string>;
  message?: string;
};

export const initialActionState: ActionState = {};

/** A catalog key ("titleTooShort", "supervision.levelRequired"), as opposed to a sentence from zod itself. */
const CATALOG_KEY = /^[a-z][A-Za-z0-9_]*(\.[A-Za-z][A-Za-z0-9_]*)*$/;

/**
 * zod's own message for an issue no schema gave a key to (a missing field, a wrong type, an unknown key) would
 * reach the page as zod's sentence; it becomes the catalog key for its kind instead, so every message is ours
 * and in the person's language.
 */
function catalogKeyFor(issue: { code?: string; message: string }): string {
  if (CATALOG_KEY.test(issue.message)) return issue.message;
  switch (issue.code) {
    case "too_small":
      return "tooShort";
    case "too_big":
      return "tooLong";
    case "invalid_value":
      return "invalidChoice";
    case "unrecognized_keys":
      return "unknownField";
    default:
      return "invalid";
  }
}

/** Turns zod issues into { field: catalogKey } (first issue per field). */
export function fieldErrorsFrom(
  issues: readonly { path: PropertyKey[]; message: string; code?: string }[],
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of issues) {
    const field = String(issue.path[0] ?? "form");
    out[field] ??= catalogKeyFor(issue);
  }
  return out;
}
