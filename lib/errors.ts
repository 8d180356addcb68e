// The one error module (decision 0063). Errors a person may see are AppErrors: a code, a message-catalog key under
// "errors" (lib/i18n/messages) and, for a form, the field the message belongs beside. Anything else becomes a
// generic message and a log line (lib/forms/run-action.ts); database errors are translated in
// lib/database-errors.ts, ids are read by lib/validation/fields.ts (id, parseId).
export type AppErrorCode =
  "unauthenticated" | "forbidden" | "notFound" | "invalid" | "conflict" | "stale" | "rateLimited" | "unavailable";

export class AppError extends Error {
  /** The form field the message is about (shown beside it); none: a message for the whole form. */
  readonly field?: string;

  constructor(
    readonly code: AppErrorCode,
    /** A message-catalog key under "errors" (lib/i18n/messages). */
    readonly messageKey: string = code,
    readonly params?: Record<string, string | number>,
    options: { field?: string; cause?: unknown } = {},
  ) {
    super(`${code}: ${messageKey}`, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "AppError";
    if (options.field) this.field = options.field;
  }
}

/** A message for one field of a form ("the current password is wrong" beside the current password). */
export const fieldError = (field: string, messageKey: string, code: AppErrorCode = "invalid") =>
  new AppError(code, messageKey, undefined, { field });

/** S1: a resource outside the actor's scope looks exactly like one that does not exist. */
export const notFound = () => new AppError("notFound");

/** S1: the refusals a reader is shown as "not found": missing and out of scope look the same. */
export const isNotFound = (err: unknown): err is AppError =>
  err instanceof AppError && (err.code === "notFound" || err.code === "forbidden");

/**
 * A page's read: a missing or out-of-scope record becomes null (the page then answers 404); any other error
 * propagates. The one "error → not found" mapping every page uses.
 */
export async function foundOrNull<T>(read: Promise<T>): Promise<T | null> {
  try {
    return await read;
  } catch (err) {
    if (isNotFound(err)) return null;
    throw err;
  }
}
