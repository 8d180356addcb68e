// A status and its moves, for every entity that has one besides the suggestion (lib/suggestions/workflow.ts):
// a table of the moves allowed from each status, the statuses a row may be created in, and the check every
// guarded move makes. Each entity's move function (lib/status/<entity>.ts) is one conditional UPDATE
// ... WHERE status IN (the states the table allows to reach the target) inside the caller's transaction, so a
// row someone moved first matches nothing and the caller gets "stale" (R3) (docs/decisions/0062).
import { AppError } from "../errors.ts";

/** For each status, the statuses it may move to. */
export type MoveTable<S extends string> = { readonly [K in S]: readonly S[] };

/** Whether the table allows a row in `from` to move to `to`. */
export const canMoveIn = <S extends string>(table: MoveTable<S>, from: S, to: S): boolean => table[from].includes(to);

/** Every status the table allows to move to `to`. */
export const sourcesOf = <S extends string>(table: MoveTable<S>, to: S): S[] =>
  (Object.keys(table) as S[]).filter((s) => table[s].includes(to));

/**
 * The statuses the UPDATE may match: those the table allows to reach `to`, narrowed to `from` when the caller
 * names some (e.g. only PENDING). A move the table does not allow is refused before anything is touched.
 */
export function guardFrom<S extends string>(table: MoveTable<S>, to: S, from?: S | readonly S[]): S[] {
  const allowed = sourcesOf(table, to);
  const wanted: readonly S[] = from === undefined ? allowed : typeof from === "string" ? [from] : from;
  if (wanted.length === 0 || wanted.some((s) => !allowed.includes(s)))
    throw new AppError("invalid", "illegalTransition");
  return [...wanted];
}

/** One guarded move: which rows, to what, from which of the allowed states, with which other columns. */
export type Move<S extends string, Where, Data> = {
  /** Which row (usually `{ id }`); never the status, which the table decides. */
  where: Omit<Where, "status">;
  to: S;
  /** Narrower than the table allows, when the use case needs it (e.g. only a PENDING assignment is accepted). */
  from?: S | readonly S[];
  /** Other columns the same move sets (timestamps, reasons, ...). */
  data?: Omit<Data, "status">;
  /**
   * "one" (the default): exactly one row must move, otherwise `orElse` is thrown (AppError "stale").
   * "any": a move of every matching row (a round's assignments, a session's bookings); returns how many moved,
   * zero included.
   */
  expect?: "one" | "any";
  orElse?: () => Error;
};

/** The caller's verdict on how many rows moved. */
export function settle(count: number, move: Pick<Move<string, unknown, unknown>, "expect" | "orElse">): number {
  if (move.expect === "any" || count === 1) return count;
  throw move.orElse ? move.orElse() : new AppError("stale");
}
