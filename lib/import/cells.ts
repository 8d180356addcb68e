// zod pieces for spreadsheet cells: every cell arrives as trimmed text ("" when empty). Messages are catalog keys
// under "import.reason".
import { z } from "zod";

export const requiredText = (max: number) => z.string().min(1, { error: "required" }).max(max, { error: "tooLong" });

export const optionalText = (max: number) =>
  z
    .string()
    .max(max, { error: "tooLong" })
    .transform((s) => (s === "" ? null : s));

/** One of the drop-down's values, mapped to its stored value. */
export const listValue = <V extends string>(labels: Record<string, V>, required: boolean) =>
  z.string().transform((s, ctx) => {
    if (s === "" && !required) return null;
    const v = labels[s];
    if (v === undefined) {
      ctx.addIssue({ code: "custom", message: s === "" ? "required" : "notInList" });
      return z.NEVER;
    }
    return v;
  });

/** YYYY-MM-DD (also 2026/1/1 and 2026.1.1, as offices type them), or null when empty. */
export const optionalDate = z.string().transform((s, ctx) => {
  if (s === "") return null;
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(s);
  const iso = m ? `${m[1]}-${m[2].padStart(2, "0")}-${m[3].padStart(2, "0")}` : "";
  const d = new Date(`${iso}T00:00:00Z`);
  if (!m || Number.isNaN(d.getTime()) || d.toISOString().slice(0, 10) !== iso) {
    ctx.addIssue({ code: "custom", message: "dateFormat" });
    return z.NEVER;
  }
  return iso;
});

export const optionalMobile = z
  .string()
  .regex(/^$|^1[3-9]\d{9}$/, { error: "mobileFormat" })
  .transform((s) => (s === "" ? null : s));

/** A whole number in a range, typed as text or a number cell. */
export const intCell = (min: number, max: number) =>
  z.string().transform((s, ctx) => {
    const n = /^\d{1,6}$/.test(s) ? Number(s) : NaN;
    if (s === "") ctx.addIssue({ code: "custom", message: "required" });
    else if (!Number.isInteger(n) || n < min || n > max) ctx.addIssue({ code: "custom", message: "numberRange" });
    else return n;
    return z.NEVER;
  });

/** A list of names in one cell, separated by 、 , ， ; ； or new lines. */
export const nameList = (maxEach: number) =>
  z.string().transform((s, ctx) => {
    const names = [
      ...new Set(
        s
          .split(/[、,，;；\n]+/)
          .map((x) => x.trim())
          .filter(Boolean),
      ),
    ];
    if (names.some((n) => n.length > maxEach)) {
      ctx.addIssue({ code: "custom", message: "tooLong" });
      return z.NEVER;
    }
    return names;
  });

/** A register number (站点、单位编号) as the editors store it: upper-cased, letters, digits and - _ . only. */
export const registerCodeCell = z
  .string()
  .transform((s) => s.toUpperCase())
  .pipe(
    z
      .string()
      .min(1, { error: "required" })
      .regex(/^[A-Z0-9][A-Z0-9._-]{0,29}$/, { error: "registerCodeFormat" }),
  );

/** An optional register number, e.g. a parent station's or a unit's. */
export const optionalRegisterCode = z
  .string()
  .transform((s) => s.toUpperCase())
  .pipe(z.string().regex(/^$|^[A-Z0-9][A-Z0-9._-]{0,29}$/, { error: "registerCodeFormat" }))
  .transform((s) => (s === "" ? null : s));

/** An office line (station or unit): digits, +, -, spaces and brackets, as the editors accept. */
export const optionalOfficePhone = z
  .string()
  .regex(/^$|^[0-9+\- ()]{5,30}$/, { error: "phoneFormat" })
  .transform((s) => (s === "" ? null : s));

/** A decimal number such as a coordinate, kept to 6 places (the column's precision). */
export const decimalCell = z.string().transform((s, ctx) => {
  const n = /^-?\d{1,3}(\.\d+)?$/.test(s) ? Number(s) : NaN;
  if (s === "") ctx.addIssue({ code: "custom", message: "required" });
  else if (!Number.isFinite(n)) ctx.addIssue({ code: "custom", message: "numberFormat" });
  else return Math.round(n * 1e6) / 1e6;
  return z.NEVER;
});
