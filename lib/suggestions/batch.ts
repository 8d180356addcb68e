// 集中交办: staff accept, assign or urge many queue items in one step. Every item goes through the same use case
// as on its own page (acceptSuggestion, assignSuggestion, urgeManually), each in its own transaction, so one item
// that cannot move (changed since the preview, out of scope, wrong stage) stops nothing else. The preview shows
// what will happen to each item, with the statutory due date from the same rules assignSuggestion applies.
import { z } from "zod";
import { recordAudit } from "../audit/record-audit.ts";
import type { Actor } from "../auth/permissions.ts";
import { db } from "../db.ts";
import { AppError, isNotFound } from "../errors.ts";
import type { SuggestionStatus } from "../generated/prisma/enums.ts";
import type { ClientInfo } from "../http/client-info.ts";
import { urgeManually } from "../supervision/urge-manually.ts";
import { id as idField } from "../validation/fields.ts";
import { assignSuggestion } from "./assign.ts";
import { dueAtFor } from "./due.ts";
import { suggestionScope } from "./queries.ts";
import { allQueueRows } from "./queue-export.ts";
import type { QueueFilters } from "./staff-queue.ts";
import { acceptSuggestion } from "./triage.ts";

/** One step moves at most this many items: a session's 集中交办 is a few hundred, and a step should end in a minute. */
export const BATCH_LIMIT = 300;

export const BATCH_OPS = ["accept", "assign", "urge"] as const;
export type BatchOp = (typeof BATCH_OPS)[number];

/** The stages each step starts from. Assigning a new item accepts it first (two moves, each audited). */
const FROM: Record<BatchOp, readonly SuggestionStatus[]> = {
  accept: ["SUBMITTED"],
  assign: ["SUBMITTED", "ACCEPTED"],
  urge: ["ASSIGNED", "HANDLING"],
};

export type BatchItem = {
  id: number;
  version: number;
  trackingCode: string;
  title: string;
  status: SuggestionStatus;
  number: number | null;
  numberYear: number | null;
};

export type PreviewRow = BatchItem & {
  /** Null: the step applies; else the catalog key (under "errors") of why it will be skipped. */
  skip: string | null;
  /** assign: the lead unit's and co-units' due dates, computed now from the rules over the working calendar. */
  leadDueAt: Date | null;
  coDueAt: Date | null;
};

const ITEM_SELECT = {
  id: true,
  version: true,
  trackingCode: true,
  title: true,
  status: true,
  number: true,
  numberYear: true,
  kind: true,
  source: true,
  categoryId: true,
} as const;

/**
 * The items a step is about: the ids ticked on the queue page, or every item the queue shows under `filters`
 * (the same walk and scope as the page), at most BATCH_LIMIT either way. Items outside the actor's scope are
 * left out, exactly as the queue would not show them.
 */
export async function batchItems(actor: Actor, pick: { ids: number[] } | { filters: QueueFilters }) {
  let ids: number[];
  if ("ids" in pick) ids = [...new Set(pick.ids)].slice(0, BATCH_LIMIT);
  else {
    ids = [];
    for await (const row of allQueueRows(actor, { ...pick.filters, after: undefined }, BATCH_LIMIT)) ids.push(row.id);
  }
  if (ids.length === 0) return [];
  const found = await db.suggestion.findMany({
    where: { AND: [suggestionScope(actor), { id: { in: ids } }] },
    select: ITEM_SELECT,
  });
  const order = new Map(ids.map((v, i) => [v, i]));
  return found.sort((a, b) => order.get(a.id)! - order.get(b.id)!);
}

/** What the step would do to each item, without doing it. */
export async function previewBatch(
  op: BatchOp,
  items: Awaited<ReturnType<typeof batchItems>>,
  now = new Date(),
): Promise<PreviewRow[]> {
  return Promise.all(
    items.map(async ({ kind, source, categoryId, ...item }) => {
      const skip = FROM[op].includes(item.status) ? null : "batch.wrongStage";
      if (op !== "assign" || skip) return { ...item, skip, leadDueAt: null, coDueAt: null };
      // The same computation assignSuggestion makes (lead: reply or close rule; co-units: never after the lead).
      const rule = { kind, source, categoryId };
      const leadDueAt = await dueAtFor(kind === "DEPUTY_SUGGESTION" ? "REPLY" : "CLOSE", rule, now);
      const co = await dueAtFor("CO_OPINION", rule, now);
      if (!leadDueAt) return { ...item, skip: "noDueRule", leadDueAt: null, coDueAt: null };
      return { ...item, skip, leadDueAt, coDueAt: co && co < leadDueAt ? co : leadDueAt };
    }),
  );
}

const id = idField();
const itemRef = z
  .string()
  .regex(/^\d{1,10}:\d{1,10}$/)
  .transform((v) => v.split(":").map(Number) as [number, number]);

export const runBatchSchema = z.strictObject({
  op: z.enum(BATCH_OPS, { error: "invalid" }),
  /** "id:version" as the preview showed each item: an item changed since then is not moved. */
  items: z.array(itemRef, { error: "invalid" }).min(1, { error: "batch.nothingSelected" }).max(BATCH_LIMIT),
  leadUnitId: id.optional(),
  coUnitIds: z.array(id).max(5, { error: "tooManyCoUnits" }).default([]),
  note: z.string().max(500).default(""),
});

export type BatchOutcome = {
  moved: { id: number; trackingCode: string }[];
  failed: {
    id: number;
    trackingCode: string;
    title: string;
    reason: string;
    params?: Record<string, string | number>;
  }[];
};

/**
 * Runs the step over every item, one at a time, each through its single-item use case and in its own
 * transaction. The use cases write the audit row of each move (and of each refusal they make); an item that
 * fails for another reason (changed since the preview, wrong stage) gets its own FAILURE row here.
 */
export async function runBatch(actor: Actor, raw: unknown, client?: ClientInfo): Promise<BatchOutcome> {
  const input = runBatchSchema.parse(raw);
  if (input.op === "assign" && input.leadUnitId === undefined) throw new AppError("invalid", "leadUnitRequired");
  const outcome: BatchOutcome = { moved: [], failed: [] };
  const known = new Map(
    (
      await db.suggestion.findMany({
        where: { id: { in: input.items.map(([sid]) => sid) } },
        select: { id: true, trackingCode: true, title: true },
      })
    ).map((s) => [s.id, s]),
  );
  for (const [suggestionId, version] of input.items) {
    const item = known.get(suggestionId);
    try {
      await runOne(actor, input, suggestionId, version, client);
      outcome.moved.push({ id: suggestionId, trackingCode: item?.trackingCode ?? "" });
    } catch (err) {
      const reason = err instanceof AppError ? err.messageKey : "batch.failed";
      const params = err instanceof AppError ? err.params : undefined;
      // An item the actor may not read is reported as not found, without its title (S1).
      const visible = item && !isNotFound(err);
      outcome.failed.push({
        id: suggestionId,
        trackingCode: visible ? item.trackingCode : "",
        title: visible ? item.title : "",
        reason,
        ...(params ? { params } : {}),
      });
      if (!(err instanceof AppError)) console.error("batch: item %d failed", suggestionId, err);
      await recordAudit({
        actor,
        action: "suggestion.batch",
        target: { type: "Suggestion", id: suggestionId },
        result: "FAILURE",
        client,
        detail: { op: input.op, reason },
      });
    }
  }
  return outcome;
}

async function runOne(
  actor: Actor,
  input: z.output<typeof runBatchSchema>,
  suggestionId: number,
  version: number,
  client?: ClientInfo,
) {
  if (input.op === "accept") return acceptSuggestion(actor, { suggestionId, version }, client);
  if (input.op === "urge") return urgeManually(actor, { suggestionId, version, note: input.note }, client);
  let v = version;
  const current = await db.suggestion.findUnique({ where: { id: suggestionId }, select: { status: true } });
  if (current?.status === "SUBMITTED") {
    await acceptSuggestion(actor, { suggestionId, version }, client);
    v = version + 1; // our own accept is the only change since the preview (it checked the version)
  }
  return assignSuggestion(
    actor,
    { suggestionId, version: v, leadUnitId: input.leadUnitId, coUnitIds: input.coUnitIds },
    client,
  );
}
