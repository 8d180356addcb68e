// S2: the field builders every input schema uses, so that one rule holds everywhere (docs/decisions/0039):
// - text is cleaned before it is measured: invisible characters (C0/C1 controls, NUL, zero-width and
//   bidirectional-override characters, lone surrogates) are removed, Unicode is NFC, the ends are trimmed; a text
//   that is empty after cleaning is missing. Single-line text has its line breaks turned into spaces.
// - dates are real calendar dates ("2026-02-31" is refused) within sane bounds;
// - ids and integers fit PostgreSQL's int4, and only plain digits count as a number ("1e3", "0x10", " -1" do not);
// - every issue carries a message-catalog key (lib/i18n/messages, "errors.*").
import "./zod-locale.ts";
import { z } from "zod";
import { dayNumber, type CivilDate } from "../calendar/civil-date.ts";

export const INT4_MAX = 2_147_483_647;

// Controls except tab and line breaks, DEL and C1, soft hyphen, Arabic letter mark, Mongolian vowel separator,
// zero-width space/non-joiner, LRM/RLM, bidi embeddings and overrides (U+202A–202E), word joiner and invisible
// operators, bidi isolates (U+2066–2069) and the deprecated format characters, BOM, interlinear annotation marks and
// the invisible tag characters. Variation selectors stay: emoji need them.
const INVISIBLE =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B\u200C\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\uFFF9-\uFFFB\u{E0000}-\u{E007F}]|\p{Cs}/gu;
// The zero-width joiner is kept only inside an emoji sequence (👨‍👩‍👧); anywhere else it hides text.
const STRAY_ZWJ = /(?<!\p{Extended_Pictographic}\uFE0F?)\u200D|\u200D(?!\p{Extended_Pictographic})/gu;

/** Removes what nobody types on purpose and what can hide or reorder text; trims. */
export function cleanText(value: string, multiline = false): string {
  let s = value.normalize("NFC").replace(INVISIBLE, "").replace(STRAY_ZWJ, "");
  s = multiline ? s.replace(/\r\n?|[\u2028\u2029]/g, "\n") : s.replace(/[\t\r\n\u2028\u2029]+/g, " ");
  return s.trim();
}

type TextOptions = {
  /** Fewest characters after cleaning; 0 = optional (missing and empty become ""). */
  min?: number;
  max: number;
  /** Catalog key when empty or shorter than `min`. */
  tooShort?: string;
  tooLong?: string;
  multiline?: boolean;
};

/** A text field: cleaned (see above), then measured. */
export function text({ min = 0, max, tooShort = "invalid", tooLong = "tooLong", multiline = false }: TextOptions) {
  const measured = z
    .string({ error: tooShort })
    .transform((v) => cleanText(v, multiline))
    .pipe(z.string().min(min, { error: tooShort }).max(max, { error: tooLong }));
  // An optional field may be left out of the form altogether.
  return min > 0 ? measured : z.preprocess((v) => (v == null ? "" : v), measured);
}

/** Multi-line text (a letter, a reply, a summary). */
export const longText = (options: Omit<TextOptions, "multiline">) => text({ ...options, multiline: true });

/** An exact-format code (tracking code, booking code): cleaned, upper-cased, matched. */
export const code = (pattern: RegExp, error: string) =>
  z
    .string({ error })
    .transform((v) => cleanText(v).toUpperCase())
    .pipe(z.string().regex(pattern, { error }));

export const MOBILE_RE = /^1[3-9]\d{9}$/;
export const mobile = (error = "mobileFormat") =>
  z
    .string({ error })
    .transform((v) => cleanText(v).replace(/[\s-]/g, ""))
    .pipe(z.string().regex(MOBILE_RE, { error }));

/** Only plain decimal digits make a number; anything else (NaN, "1e3", "0x1f", "1.5", an array) does not. */
function toInteger(v: unknown): unknown {
  if (typeof v === "string") {
    // Trimmed, not cleaned: "1\u00002" is tampering, not the id 12.
    const s = v.trim();
    if (s === "") return undefined;
    return /^-?\d{1,12}$/.test(s) ? Number(s) : Number.NaN;
  }
  return v;
}

/** An integer in [min, max] (both within int4), one catalog key for every way it can be wrong. */
export const integer = (min: number, max: number, error = "invalid") =>
  z.preprocess(
    toInteger,
    z
      .number({ error })
      .int({ error })
      .min(Math.max(min, -INT4_MAX - 1), { error })
      .max(Math.min(max, INT4_MAX), { error }),
  );

/** A row id: 1..2147483647 (PostgreSQL int4), so an overflowing id is refused here, never by the database. */
export const id = (error = "invalid") => integer(1, INT4_MAX, error);

const anyId = id();

/**
 * The one way to read an id from a URL segment, a query string or a picker's value: an int4 row id (see `id`), or
 * null for anything else ("abc", "0", "1e3", an overflowing number), which the caller answers as "not found".
 */
export function parseId(raw: unknown): number | null {
  const r = anyId.safeParse(raw);
  return r.success ? r.data : null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The id of a record keyed by a UUID (an import batch), or null for anything else. */
export const parseUuid = (raw: unknown): string | null => (typeof raw === "string" && UUID.test(raw) ? raw : null);

/** An id that may be left empty. */
export const optionalId = (error = "invalid") =>
  z.preprocess((v) => (v === "" || v == null ? undefined : v), id(error).optional());

/** The version of a record the person saw (R3). */
export const version = () => id("invalid");

export const checkbox = () => z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean());

/** One of a fixed list of values (a select, a radio group). */
export const choice = <const T extends readonly [string, ...string[]]>(values: T, error = "invalidChoice") =>
  z.enum(values, { error });

/** A fresh key per form render: a double click or a retry creates one record (R2). */
export const idempotencyKey = () => z.string({ error: "invalid" }).regex(/^[A-Za-z0-9-]{16,64}$/, { error: "invalid" });

export const isRealDate = (v: string) => {
  try {
    dayNumber(v);
    return true;
  } catch {
    return false;
  }
};

export const DATE_MIN: CivilDate = "1900-01-01";
export const DATE_MAX: CivilDate = "2100-12-31";

type DateOptions = {
  /** Catalog key when missing or not YYYY-MM-DD. */
  error?: string;
  min?: CivilDate;
  max?: CivilDate;
};

/** A calendar date as `<input type="date">` sends it: a real day (no 2026-02-31) between min and max. */
export const civilDate = ({ error = "dateRequired", min = DATE_MIN, max = DATE_MAX }: DateOptions = {}) =>
  z
    .string({ error })
    .transform((v) => cleanText(v))
    .pipe(
      z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/, { error, abort: true })
        .refine(isRealDate, { error: "dateInvalid", abort: true })
        .refine((d) => d >= min && d <= max, { error: "dateOutOfRange" }),
    );

/** A date that may be left empty. */
export const optionalCivilDate = (options: DateOptions = {}) =>
  z.preprocess((v) => (v === "" || v == null ? undefined : v), civilDate(options).optional());

/** A moment as `<input type="datetime-local">` sends it: local time without a zone, read as China Standard Time. */
export const localDateTime = (error = "invalid") =>
  z
    .string({ error })
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/, { error })
    .transform((v, ctx) => {
      const d = new Date(`${v.length === 16 ? v + ":00" : v}+08:00`);
      if (Number.isNaN(d.getTime())) {
        ctx.addIssue({ code: "custom", message: error });
        return z.NEVER;
      }
      return d;
    });

export const FILE_NAME_MAX = 200;

/**
 * A file name as stored and offered for download: cleaned like any text, path separators and the characters
 * Windows refuses replaced, no leading dots, at most 200 characters (the extension kept when cut).
 */
export function safeFileName(name: string): string {
  let s = cleanText(name)
    .replace(/[\\/:*?"<>|]/g, "_")
    .replace(/^[.\s]+/, "")
    .trim();
  const chars = [...s];
  if (chars.length > FILE_NAME_MAX) {
    const dot = s.lastIndexOf(".");
    const ext = dot > 0 && s.length - dot <= 10 ? s.slice(dot) : "";
    s = chars.slice(0, FILE_NAME_MAX - [...ext].length).join("") + ext;
  }
  return s || "file";
}
