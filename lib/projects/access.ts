// Loading a round for a member of staff: the role is checked first, then the round's region against the actor's
// subtree; a round outside it looks like one that does not exist (S1). Both refusals are audited.
import { requireRole, requireScope } from "../auth/authorize-in-region.ts";
import type { Action, Actor } from "../auth/permissions.ts";
import { db, type Tx } from "../db.ts";
import { notFound } from "../errors.ts";
import type { ClientInfo } from "../http/client-info.ts";

export const roundSelect = {
  id: true,
  regionId: true,
  level: true,
  term: true,
  year: true,
  title: true,
  places: true,
  rule: true,
  status: true,
  collectFrom: true,
  collectUntil: true,
  votingOpensAt: true,
  votingClosesAt: true,
  ratingOpenedAt: true,
  ratingClosedAt: true,
} as const;

export async function regionPathOf(regionId: number, tx: Tx = db): Promise<string | null> {
  return (await tx.region.findUnique({ where: { id: regionId }, select: { path: true } }))?.path ?? null;
}

export async function loadRoundFor(actor: Actor, action: Action, roundId: number, client?: ClientInfo) {
  const target = { type: "ProjectRound", id: roundId };
  await requireRole(actor, action, target, client);
  const round = await db.projectRound.findUnique({ where: { id: roundId }, select: roundSelect });
  const path = round ? await regionPathOf(round.regionId) : null;
  await requireScope(actor, action, path ? { regionPath: path } : null, target, client);
  if (!round) throw notFound();
  return round;
}

export type RoundRow = Awaited<ReturnType<typeof loadRoundFor>>;

/** Is the ballot box open at `now` (status and the staff-set times)? */
export function votingOpen(
  r: { status: string; votingOpensAt: Date | null; votingClosesAt: Date | null },
  now: Date,
): boolean {
  return (
    r.status === "BALLOT" &&
    r.votingOpensAt != null &&
    r.votingOpensAt <= now &&
    (r.votingClosesAt == null || now < r.votingClosesAt)
  );
}
