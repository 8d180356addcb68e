// Filters arrive in a list page's query string (plain GET forms, shareable links). They are untrusted input
// (S2), but a stale bookmark or a hand-edited link should show the list with that one filter cleared rather
// than an error page: each known key is checked against its own schema, refused values are dropped and
// reported, unknown keys are ignored, and the survivors go through the whole strict schema once more.
import { z } from "zod";
import { dayNumber } from "../calendar/civil-date.ts";
import { id } from "../validation/fields.ts";

export type RawSearchParams = Record<string, string | string[] | undefined>;

export type ParsedSearchParams<T> = {
  values: T;
  /** Keys whose value was present but refused (for a "some filters were ignored" notice). */
  ignored: string[];
};

export function parseSearchParams<S extends z.ZodObject>(
  schema: S,
  raw: RawSearchParams,
): ParsedSearchParams<z.output<S>> {
  const input: Record<string, unknown> = {};
  const ignored: string[] = [];
  for (const [key, field] of Object.entries(schema.shape)) {
    const value = raw[key];
    if (value === undefined || value === "") continue; // an empty select or date input means "not set"
    if (typeof value === "string" && field.safeParse(value).success) input[key] = value;
    else ignored.push(key); // a repeated key is as suspicious as a bad value
  }
  return { values: schema.parse(input), ignored };
}

/** The query string for a link that keeps the given filters (unset ones left out). */
export function toQueryString(values: Record<string, string | number | null | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) if (value != null && value !== "") params.set(key, String(value));
  const text = params.toString();
  return text ? `?${text}` : "";
}

/** A row id in a query string: the shared id rule (lib/validation/fields.ts), digits only, within int4. */
export const idParam = id();

/** A calendar date ("YYYY-MM-DD", as `<input type="date">` sends it) that exists, in a sane range of years. */
export const civilDateParam = z.string().refine((v) => {
  try {
    dayNumber(v);
  } catch {
    return false;
  }
  return v >= "1970-01-01" && v <= "2099-12-31";
});
