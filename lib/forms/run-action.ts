// Every form action ends the same way: a ZodError becomes field messages, an AppError a form message, a lost
// database connection says so plainly (R4), and anything else a generic message plus a log line: a driver's or
// database's own text (a constraint name, "invalid byte sequence", a value out of range) never reaches a person.
import "../validation/zod-locale.ts";
import { ZodError } from "zod";
import { AppError } from "../errors.ts";
import { fieldErrorsFrom, type ActionState } from "./action-state.ts";

/** Prisma's codes for "cannot reach / lost / timed out waiting for the server or the pool". */
const DOWN_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024", "P2028"]);
/**
 * PostgreSQL's own: shutting down (57P01 admin, 57P02 crash, 57P03 starting up or in recovery), a connection
 * failure (08xxx), no free connection slots (53300), disk full (53100).
 */
const DOWN_SQLSTATES = /^(57P0[123]|08\d{3}|53300|53100)$/;

export function isDatabaseDown(err: unknown): boolean {
  const e = err as {
    message?: string;
    code?: string;
    meta?: { driverAdapterError?: { cause?: { kind?: string; originalCode?: string } } };
    cause?: unknown;
  };
  const text = String(e?.message ?? err);
  const cause = e?.meta?.driverAdapterError?.cause;
  return (
    DOWN_CODES.has(e?.code ?? "") ||
    ["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"].includes(cause?.kind ?? "") ||
    DOWN_SQLSTATES.test(cause?.originalCode ?? e?.code ?? "") ||
    /ECONNREFUSED|ECONNRESET|Connection terminated|timeout exceeded when trying to connect|Can't reach database|terminating connection|the database system is (starting up|shutting down|in recovery)|Unable to start a transaction in the given time/i.test(
      text,
    )
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
