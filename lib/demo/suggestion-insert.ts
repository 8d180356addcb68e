// Writes one chunk of planned suggestions and their children: a handful of bulk statements per chunk.
import { insertAndReturn, insertInChunks, must } from "./batch.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import type { SuggestionPlan } from "./story-types.ts";
import type { SeedContext } from "./types.ts";

export type ChunkCounts = Record<string, number>;

export async function insertPlans(ctx: SeedContext, plans: SuggestionPlan[], counts: ChunkCounts): Promise<void> {
  const { db } = ctx;
  const add = (k: string, n: number) => (counts[k] = (counts[k] ?? 0) + n);
  const ids = new Map<string, number>();
  const insertRows = async (batch: SuggestionPlan[]) => {
    const rows: Prisma.SuggestionCreateManyInput[] = batch.map((p) => ({
      ...p.row,
      mergedIntoId: p.mergeInto ? must(ids.get(p.mergeInto), `merge target ${p.mergeInto}`) : null,
    }));
    const created = await insertAndReturn(rows, 1000, (chunk) =>
      db.suggestion.createManyAndReturn({ data: chunk, select: { id: true, trackingCode: true } }),
    );
    for (const c of created) ids.set(c.trackingCode, c.id);
  };
  // Merged items point at rows of the same chunk, so those go first.
  await insertRows(plans.filter((p) => !p.mergeInto));
  await insertRows(plans.filter((p) => p.mergeInto));
  add("suggestions", plans.length);
  const idOf = (p: SuggestionPlan) => must(ids.get(p.row.trackingCode), `suggestion ${p.row.trackingCode}`);

  const linked = plans.filter((p) => p.origin);
  if (linked.length > 0) {
    const derivedIds = linked.map(idOf);
    const originIds = linked.map((p) => must(ids.get(p.origin!), "origin"));
    await db.$executeRaw`UPDATE "Suggestion" AS s SET "originId" = v.origin
      FROM unnest(${derivedIds}::int[], ${originIds}::int[]) AS v(id, origin) WHERE s.id = v.id`;
  }

  const children = <T>(pick: (p: SuggestionPlan) => T[]): (T & { suggestionId: number })[] =>
    plans.flatMap((p) => pick(p).map((c) => ({ ...c, suggestionId: idOf(p) })));

  const events = children((p) => p.events);
  await insertInChunks(events, 5000, (chunk) => db.suggestionEvent.createMany({ data: chunk }));
  add("suggestionEvents", events.length);

  const planned = children((p) => p.assignments);
  const assignmentRows = planned.map(({ urges: _u, extension: _e, ...row }) => row);
  const createdAssignments = await insertAndReturn(assignmentRows, 3000, (chunk) =>
    db.assignment.createManyAndReturn({ data: chunk, select: { id: true, suggestionId: true, unitId: true, round: true } }),
  );
  const assignmentIds = new Map(createdAssignments.map((a) => [`${a.suggestionId}:${a.unitId}:${a.round}`, a.id]));
  const urges: Prisma.UrgeCreateManyInput[] = [];
  const extensions: Prisma.ExtensionRequestCreateManyInput[] = [];
  for (const a of planned) {
    const assignmentId = must(assignmentIds.get(`${a.suggestionId}:${a.unitId}:${a.round}`), "assignment id");
    for (const u of a.urges) urges.push({ ...u, suggestionId: a.suggestionId, assignmentId });
    if (a.extension) extensions.push({ ...a.extension, assignmentId });
  }
  await insertInChunks(urges, 5000, (chunk) => db.urge.createMany({ data: chunk }));
  await insertInChunks(extensions, 5000, (chunk) => db.extensionRequest.createMany({ data: chunk }));
  add("assignments", assignmentRows.length);
  add("urges", urges.length);
  add("extensionRequests", extensions.length);

  const records = children((p) => p.records);
  await insertInChunks(records, 5000, (chunk) => db.handlingRecord.createMany({ data: chunk }));
  const replies = children((p) => p.replies);
  await insertInChunks(replies, 3000, (chunk) => db.reply.createMany({ data: chunk }));
  const evaluations = children((p) => p.evaluations);
  await insertInChunks(evaluations, 5000, (chunk) => db.evaluation.createMany({ data: chunk }));
  const followUps = children((p) => (p.followUp ? [p.followUp] : []));
  await insertInChunks(followUps, 5000, (chunk) => db.followUp.createMany({ data: chunk }));
  const visits = children((p) => (p.visit ? [p.visit] : []));
  await insertInChunks(visits, 5000, (chunk) => db.receptionVisit.createMany({ data: chunk }));
  add("handlingRecords", records.length);
  add("replies", replies.length);
  add("evaluations", evaluations.length);
  add("followUps", followUps.length);
  add("receptionVisits", visits.length);

  const cases = children((p) => p.cases);
  const createdCases = await insertAndReturn(cases.map((c) => ({ ...c.row, suggestionId: c.suggestionId })), 3000, (chunk) =>
    db.supervisionCase.createManyAndReturn({ data: chunk, select: { id: true, suggestionId: true } }),
  );
  // At most one case per suggestion is generated, so the suggestion id finds the case.
  const caseIds = new Map(createdCases.map((c) => [c.suggestionId, c.id]));
  const notes = cases.flatMap((c) => c.notes.map((n) => ({ ...n, caseId: must(caseIds.get(c.suggestionId), "case id") })));
  await insertInChunks(notes, 5000, (chunk) => db.supervisionNote.createMany({ data: chunk }));
  add("supervisionCases", cases.length);
  add("supervisionNotes", notes.length);

  const points = plans.filter((p) => p.dutyPoint).map((p) => ({ ...p.dutyPoint!, suggestionId: idOf(p) }));
  const deputyTerm = new Map(ctx.cities.flatMap((c) => c.deputies.map((d) => [d.id, d.term] as const)));
  const ruleId = must(ctx.dutyRuleIds.SUGGESTION, "duty rule SUGGESTION");
  const pointRows: Prisma.DutyPointEntryCreateManyInput[] = points.map((p) => ({
    deputyId: p.deputyId, ruleId, term: must(deputyTerm.get(p.deputyId), "deputy term"), points: 2, sourceType: "Suggestion",
    sourceId: String(p.suggestionId), note: "提出建议", occurredAt: p.at, publishedAt: quarterPublication(p.at, ctx.limit),
  }));
  await insertInChunks(pointRows, 5000, (chunk) => db.dutyPointEntry.createMany({ data: chunk }));
  add("dutyPointEntries", pointRows.length);
}

/** Points are published quarterly: ten days after the quarter ends, if that is before today. */
export function quarterPublication(at: Date, limit: number): Date | null {
  const shanghai = new Date(at.getTime() + 8 * 3600_000);
  const quarterEndMonth = Math.floor(shanghai.getUTCMonth() / 3) * 3 + 3;
  const published = Date.UTC(shanghai.getUTCFullYear(), quarterEndMonth, 10, 2, 0); // 10:00 Shanghai
  return published <= limit ? new Date(published) : null;
}
