// Every form action ends the same way: a ZodError becomes field messages, an AppError a message beside its field
// (or for the whole form when it names none), a database error the use case did not explain becomes what it means
// (lib/database-errors.ts: a lost database says so plainly, R4), and anything else a generic message plus a log
// line: a driver's or database's own text (a constraint name, "invalid byte sequence", a value out of range) never
// reaches a person.
import "../validation/zod-locale.ts";
import { ZodError } from "zod";
import { AppError } from "../errors.ts";
import { appErrorFromDatabase } from "../database-errors.ts";
import { fieldErrorsFrom, type ActionState } from "./action-state.ts";

/** What a form shows for an AppError: the message beside its field, or for the whole form. */
export function actionStateOf(err: AppError, values?: Record<string, string>): ActionState {
  const shown: ActionState = err.field
    ? { fieldErrors: { [err.field]: err.messageKey } }
    : { formError: err.messageKey, ...(err.params ? { formErrorParams: err.params } : {}) };
  return values ? { ...shown, values } : shown;
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
    if (err instanceof AppError) return actionStateOf(err, values);
    const known = appErrorFromDatabase(err);
    // A database error the use case did not expect is still worth a log line, unless the database is just down.
    if (known?.code !== "unavailable") console.error("[action]", err);
    if (known) return actionStateOf(known, values);
    return { formError: "generic", values };
  }
}

/** The text fields of a form, for echoing back after an error (files are never echoed). */
export function formValues(form: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of form.entries()) if (typeof v === "string" && !k.startsWith("$")) out[k] = v;
  return out;
}
