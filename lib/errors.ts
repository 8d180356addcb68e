// Errors a person may see. Anything that is not an AppError becomes a generic message and a log line.
export type AppErrorCode =
  "unauthenticated" | "forbidden" | "notFound" | "invalid" | "conflict" | "stale" | "rateLimited" | "unavailable";

export class AppError extends Error {
  constructor(
    readonly code: AppErrorCode,
    /** A message-catalog key under "errors" (lib/i18n/messages). */
    readonly messageKey: string = code,
    readonly params?: Record<string, string | number>,
  ) {
    super(`${code}: ${messageKey}`);
    this.name = "AppError";
  }
}

/** S1: a resource outside the actor's scope looks exactly like one that does not exist. */
export const notFound = () => new AppError("notFound");
