// Every form action ends the same way: a ZodError becomes field messages, an AppError a form message, a lost
// database connection says so plainly (R4), and anything else a generic message plus a log line.
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
    if (err instanceof ZodError) return { fieldErrors: fieldErrorsFrom(err.issues), values };
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
