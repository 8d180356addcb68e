// Every read and action on a letter starts here: only the deputy written to, or the resident who wrote it, reaches
// it; anyone else gets "not found" (it must look like a letter that does not exist) and an audited refusal.
import { db } from "../db.ts";
import { notFound } from "../errors.ts";
import { assertCan } from "../auth/guard.ts";
import type { Action, Actor } from "../auth/permissions.ts";
import type { ClientInfo } from "../http/client-info.ts";

const letterSelect = {
  id: true,
  trackingCode: true,
  deputyId: true,
  residentId: true,
  kind: true,
  status: true,
  subject: true,
  body: true,
  viaQr: true,
  proposedTimes: true,
  meetingAt: true,
  meetingPlace: true,
  suggestionId: true,
  createdAt: true,
  answeredAt: true,
  flaggedAt: true,
  deputy: { select: { id: true, name: true, user: { select: { id: true } } } },
  replies: { orderBy: { createdAt: "asc" }, select: { id: true, body: true, createdAt: true } },
  suggestion: {
    select: { trackingCode: true, status: true, mergedInto: { select: { trackingCode: true, title: true } } },
  },
} as const;

async function load(
  where: { id: number } | { trackingCode: string },
  actor: Actor | null,
  action: Extract<Action, "letter.read" | "letter.answer">,
  client?: ClientInfo,
) {
  const letter = await db.deputyLetter.findUnique({ where, select: letterSelect });
  if (!letter) throw notFound();
  await assertCan(
    actor,
    action,
    { ownerId: letter.residentId, deputyIds: [letter.deputyId] },
    { target: { type: "DeputyLetter", id: letter.id }, as: "notFound", client },
  );
  return letter;
}

export type LetterDetail = Awaited<ReturnType<typeof load>>;

/** The deputy's view of one letter, to read ("letter.read") or to answer ("letter.answer"). */
export const loadLetter = (
  id: number,
  actor: Actor | null,
  action: Extract<Action, "letter.read" | "letter.answer">,
  client?: ClientInfo,
) => load({ id }, actor, action, client);

/** The tracking page of a letter: its writer (or the deputy written to) only. */
export const loadLetterByCode = (code: string, actor: Actor | null, client?: ClientInfo) =>
  load({ trackingCode: code }, actor, "letter.read", client);
