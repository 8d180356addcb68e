// What a kind of import adds to the framework: its sheets, a check (rows → preview, reading only) and a write (one
// transaction). The framework does the rest the same way for every kind: upload, the stored batch, the worker,
// confirm, progress and the pages (docs/decisions/0049, 0053).
import type { Tx } from "../db.ts";
import type { Role } from "../generated/prisma/enums.ts";
import type { RawRow, SheetSpec } from "./columns.ts";
import type { Preview } from "./preview.ts";

export type BatchContext = {
  id: string;
  /** The subtree every reference must lie in ("/" for accounts: the whole installation). */
  regionPath: string;
  createdBy: { id: number; role: Role };
};

export type ApplyOutcome = {
  /** What the result page says was done (numbers only). */
  summary: Record<string, number>;
  /** Accounts: the one-time passwords made, kept encrypted on the batch until revealed once. */
  secrets?: { username: string; name: string; password: string }[];
};

export type ImportHandler<D = unknown> = {
  sheets: readonly SheetSpec[];
  /** The sheet that must have rows ("noRows" otherwise). */
  mainSheet: string;
  check(
    sheets: Record<string, RawRow[]>,
    ctx: BatchContext,
    onProgress: (done: number) => Promise<void>,
  ): Promise<Preview<D>>;
  /** Prepares what must not happen inside the transaction (e.g. hashing passwords); optional. */
  prepare?(data: D): Promise<D>;
  apply(
    tx: Tx,
    data: D,
    ctx: BatchContext,
    onProgress: (done: number, total: number) => Promise<void>,
  ): Promise<ApplyOutcome>;
  /** After a successful write (outside the transaction), e.g. clearing reference caches. */
  afterApply?(): void;
};
