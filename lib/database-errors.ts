// What a database error means, in one place (decision 0063). Prisma 7 under the pg adapter reports PostgreSQL's own
// code (SQLSTATE) in meta.driverAdapterError.cause.originalCode rather than meta.target (architecture.md, "version
// traps"); Prisma's own codes cover what the engine itself detects (a missing record, a lost connection).
import { AppError } from "./errors.ts";

export type DatabaseErrorKind =
  /** A unique index refused a second row (23505, P2002). */
  | "uniqueViolation"
  /** An update or delete found no row (P2025). */
  | "notFound"
  /** Two transactions collided: serialization failure or deadlock (40001, 40P01, P2034). */
  | "serialization"
  /** The database cannot be reached or dropped the connection. */
  | "unavailable"
  /** statement_timeout cancelled the query (57014). */
  | "statementTimeout";

type PrismaLike = {
  code?: string;
  message?: string;
  meta?: { driverAdapterError?: { cause?: { kind?: string; originalCode?: string } } };
};

/** Prisma's codes for "cannot reach / lost / timed out waiting for the server or the pool". */
const DOWN_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024", "P2028"]);
/** The adapter's kinds for the same. */
const DOWN_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
/**
 * PostgreSQL's own: shutting down (57P01 admin, 57P02 crash, 57P03 starting up or in recovery), a connection
 * failure (08xxx), no free connection slots (53300), disk full (53100).
 */
const DOWN_SQLSTATES = /^(57P0[123]|08\d{3}|53300|53100)$/;
const UNAVAILABLE_TEXT =
  /ECONNREFUSED|ECONNRESET|Connection terminated|timeout exceeded when trying to connect|Can't reach database|terminating connection|the database system is (starting up|shutting down|in recovery)|Unable to start a transaction in the given time/i;

export function databaseErrorKind(err: unknown): DatabaseErrorKind | null {
  if (err == null || typeof err !== "object") return null;
  const e = err as PrismaLike;
  const sqlState = e.meta?.driverAdapterError?.cause?.originalCode;
  if (e.code === "P2002" || sqlState === "23505") return "uniqueViolation";
  if (e.code === "P2025") return "notFound";
  if (e.code === "P2034" || sqlState === "40001" || sqlState === "40P01") return "serialization";
  if (sqlState === "57014") return "statementTimeout";
  if (
    DOWN_CODES.has(e.code ?? "") ||
    DOWN_KINDS.has(e.meta?.driverAdapterError?.cause?.kind ?? "") ||
    DOWN_SQLSTATES.test(sqlState ?? e.code ?? "") ||
    UNAVAILABLE_TEXT.test(String(e.message ?? ""))
  )
    return "unavailable";
  return null;
}

export const isUniqueViolation = (err: unknown) => databaseErrorKind(err) === "uniqueViolation";
export const isStatementTimeout = (err: unknown) => databaseErrorKind(err) === "statementTimeout";

/**
 * The AppError a database error stands for, or null when it is not one we can explain to a person:
 * a unique violation is a conflict (with the use case's message and field when it names one), a missing row is
 * "not found", a collision with another transaction is "stale", a lost database is "unavailable".
 */
export function appErrorFromDatabase(
  err: unknown,
  unique: { messageKey?: string; field?: string; code?: "conflict" | "invalid" } = {},
): AppError | null {
  switch (databaseErrorKind(err)) {
    case "uniqueViolation":
      return new AppError(unique.code ?? "conflict", unique.messageKey ?? "conflict", undefined, {
        field: unique.field,
        cause: err,
      });
    case "notFound":
      return new AppError("notFound", "notFound", undefined, { cause: err });
    case "serialization":
      return new AppError("stale", "conflict", undefined, { cause: err });
    case "unavailable":
      return new AppError("unavailable", "unavailable", undefined, { cause: err });
    default:
      return null;
  }
}

/**
 * For `catch (err) { throw onUniqueViolation(err, "places.codeTaken", "code") }`: a unique violation becomes the
 * use case's conflict message (beside `field` when given); any other error is returned unchanged to be rethrown.
 */
export function onUniqueViolation(
  err: unknown,
  messageKey: string,
  field?: string,
  code: "conflict" | "invalid" = "conflict",
): unknown {
  return isUniqueViolation(err) ? appErrorFromDatabase(err, { messageKey, field, code }) : err;
}
