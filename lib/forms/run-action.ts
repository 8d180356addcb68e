// Every form action ends the same way: a ZodError becomes field messages, an AppError a form message, a lost
// database connection says so plainly (R4), and anything else a generic message plus a log line: a driver's or
// database's own text (a constraint name, "invalid byte sequence", a value out of range) never reaches a person.
import "../validation/zod-locale.ts";
import { ZodError } from "zod";
import { AppError } from "../errors.ts";
import { fieldErrorsFrom, type ActionState } from "./action-state.ts";

function isDatabaseDown(err: unknown): boolean {
  const text = String((err as { message?: string })?.message ?? err);
  const code = (err as { code?: string })?.code;
  return (
    code === "P1001" ||
    code === "P1017" ||
    /ECONNREFUSED|Connection terminated|timeout exceeded when trying to connect|Can't reach database/i.test(text)
  );
}

export async function runFormAction(
  values: Record<string, string>,
  work: () => Promise<ActionState>,
): Promise<ActionState> {
  try {
    return await work();
  } catch (err) {
    if (err instanceof ZodError) {
      // Issues of the form as a whole (an unknown key: a tampered or outdated form) are a form message.
      const { form, ...fieldErrors } = fieldErrorsFrom(err.issues);
      return form ? { formError: form, fieldErrors, values } : { fieldErrors, values };
    }
    if (err instanceof AppError) return { formError: err.messageKey, values };
    if (isDatabaseDown(err)) return { formError: "unavailable", values };
    console.error("[action]", err);
    return { formError: "generic", values };
  }
}

/** The text fields of a form, for echoing back after an error (files are never echoed). */
export function formValues(form: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of form.entries()) if (typeof v === "string" && !k.startsWith("$")) out[k] = v;
  return out;
}
