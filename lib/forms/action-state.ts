// The one shape every form action returns (architecture.md §4): field errors and a form error as message-catalog
// keys, the submitted values to echo back (React 19 resets uncontrolled inputs), and what happened on success.
export type ActionState = {
  ok?: boolean;
  /** Catalog key of a message for the whole form (errors.* or a success message). */
  formError?: string;
  fieldErrors?: Record<string, string>;
  values?: Record<string, string>;
  message?: string;
};

export const initialActionState: ActionState = {};

/** Turns zod issues into { field: catalogKey } (first issue per field). */
export function fieldErrorsFrom(issues: readonly { path: PropertyKey[]; message: string }[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of issues) {
    const field = String(issue.path[0] ?? "form");
    out[field] ??= issue.message;
  }
  return out;
}
