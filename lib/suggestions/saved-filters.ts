// Saved queue filters: a staff member keeps the queue's current filter under a name; one marked shared is offered
// to every committee staff member. A filter is only a query string, normalised through the queue's own schema:
// opening one shows what that person's scope allows, whoever saved it.
import { z } from "zod";
import { recordAudit } from "../audit/record-audit.ts";
import { assertCan } from "../auth/guard.ts";
import type { Actor } from "../auth/permissions.ts";
import { isUniqueViolation } from "../database-errors.ts";
import { db } from "../db.ts";
import { AppError, fieldError } from "../errors.ts";
import type { ClientInfo } from "../http/client-info.ts";
import { toQueryString } from "../http/search-params.ts";
import { checkbox, id, text } from "../validation/fields.ts";
import { parseQueueFilters } from "./staff-queue.ts";

/** Quick links over the queue: a person's own and the shared ones, at most this many of each. */
const MAX_SHOWN = 30;

export const saveFilterSchema = z.strictObject({
  name: text({ min: 1, max: 40, tooShort: "savedFilter.nameRequired" }),
  /** The queue's query string as it stands ("?stage=open&q=路灯"). */
  query: z.string().max(1000),
  shared: checkbox(),
});

export const deleteFilterSchema = z.strictObject({ filterId: id() });

export type SavedFilterLink = { id: number; name: string; href: string; shared: boolean; mine: boolean };

/** The query string kept: only the queue's known filters, checked; never a page cursor. */
function normalise(query: string): string {
  const raw = Object.fromEntries(new URLSearchParams(query.startsWith("?") ? query.slice(1) : query));
  return toQueryString({ ...parseQueueFilters(raw).values, after: undefined });
}

export async function saveQueueFilter(actor: Actor, raw: unknown, client?: ClientInfo) {
  await assertCan(actor, "queue.saveFilter", undefined, { client });
  const input = saveFilterSchema.parse(raw);
  const query = normalise(input.query);
  if (!query) throw fieldError("name", "savedFilter.nothingToSave");
  try {
    const saved = await db.$transaction(async (tx) => {
      const row = await tx.savedFilter.create({
        data: { ownerId: actor.id, name: input.name, query, shared: input.shared },
        select: { id: true },
      });
      await recordAudit(
        {
          actor,
          action: "savedFilter.save",
          target: { type: "SavedFilter", id: row.id },
          result: "SUCCESS",
          client,
          detail: { shared: input.shared },
        },
        tx,
      );
      return row;
    });
    return saved;
  } catch (err) {
    if (isUniqueViolation(err)) throw fieldError("name", "savedFilter.nameTaken");
    throw err;
  }
}

/** Only the person who saved a filter removes it; anyone else's is "not found" (S1). */
export async function deleteQueueFilter(actor: Actor, raw: unknown, client?: ClientInfo) {
  await assertCan(actor, "queue.saveFilter", undefined, { client });
  const input = deleteFilterSchema.parse(raw);
  await db.$transaction(async (tx) => {
    const { count } = await tx.savedFilter.deleteMany({ where: { id: input.filterId, ownerId: actor.id } });
    if (count !== 1) throw new AppError("notFound");
    await recordAudit(
      {
        actor,
        action: "savedFilter.delete",
        target: { type: "SavedFilter", id: input.filterId },
        result: "SUCCESS",
        client,
      },
      tx,
    );
  });
}

/** The links over the queue: own filters first, then those shared by others. Empty for anyone else. */
export async function savedFilterLinks(actor: Actor, path: string): Promise<SavedFilterLink[]> {
  if (actor.role !== "COMMITTEE_STAFF") return [];
  const rows = await db.savedFilter.findMany({
    where: { OR: [{ ownerId: actor.id }, { shared: true, owner: { role: "COMMITTEE_STAFF" } }] },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: MAX_SHOWN * 2,
    select: { id: true, name: true, query: true, shared: true, ownerId: true },
  });
  return rows
    .map((r) => ({ id: r.id, name: r.name, href: `${path}${r.query}`, shared: r.shared, mine: r.ownerId === actor.id }))
    .sort((a, b) => Number(b.mine) - Number(a.mine));
}
