// Writes one chunk of planned suggestions and their children: a handful of bulk statements per chunk.
import { bulkInsert, bulkInsertReturning, must, type TableSpec } from "./bulk.ts";
import { T } from "./tables.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import type { PlannedAssignment, PlannedCase, SuggestionPlan } from "./story-types.ts";
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
    const created = await bulkInsertReturning<Prisma.SuggestionCreateManyInput, { id: number; trackingCode: string }>(
      db,
      T.suggestion,
      rows,
      ["id", "trackingCode"],
      2000,
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
  const insert = async <Row>(name: string, spec: TableSpec<Row>, rows: Row[]) => {
    await bulkInsert(db, spec, rows);
    add(name, rows.length);
  };

  // The child tables do not depend on one another: write them over several connections at once.
  await Promise.all([
    insert(
      "suggestionEvents",
      T.event,
      children((p) => p.events),
    ),
    insertAssignments(
      ctx,
      children((p) => p.assignments),
      add,
    ),
    insert(
      "handlingRecords",
      T.record,
      children((p) => p.records),
    ),
    insert(
      "replies",
      T.reply,
      children((p) => p.replies),
    ),
    insert(
      "evaluations",
      T.evaluation,
      children((p) => p.evaluations),
    ),
    insert(
      "followUps",
      T.followUp,
      children((p) => (p.followUp ? [p.followUp] : [])),
    ),
    insert(
      "receptionVisits",
      T.visit,
      children((p) => (p.visit ? [p.visit] : [])),
    ),
    insertCases(
      ctx,
      children((p) => p.cases),
      add,
    ),
    insert("dutyPointEntries", T.dutyPoint, dutyPoints(ctx, plans, idOf)),
  ]);
}

type Add = (name: string, n: number) => void;

async function insertAssignments(
  ctx: SeedContext,
  planned: (PlannedAssignment & { suggestionId: number })[],
  add: Add,
) {
  const rows: Prisma.AssignmentCreateManyInput[] = planned; // the bulk insert reads only the table's columns
  type Back = { id: number; suggestionId: number; unitId: number; round: number };
  const created = await bulkInsertReturning<Prisma.AssignmentCreateManyInput, Back>(ctx.db, T.assignment, rows, [
    "id",
    "suggestionId",
    "unitId",
    "round",
  ]);
  const ids = new Map(created.map((a) => [`${a.suggestionId}:${a.unitId}:${a.round}`, a.id]));
  const urges: Prisma.UrgeCreateManyInput[] = [];
  const extensions: Prisma.ExtensionRequestCreateManyInput[] = [];
  for (const a of planned) {
    const assignmentId = must(ids.get(`${a.suggestionId}:${a.unitId}:${a.round}`), "assignment id");
    for (const u of a.urges) urges.push({ ...u, suggestionId: a.suggestionId, assignmentId });
    if (a.extension) extensions.push({ ...a.extension, assignmentId });
  }
  await Promise.all([bulkInsert(ctx.db, T.urge, urges), bulkInsert(ctx.db, T.extension, extensions)]);
  add("assignments", rows.length);
  add("urges", urges.length);
  add("extensionRequests", extensions.length);
}

async function insertCases(ctx: SeedContext, cases: (PlannedCase & { suggestionId: number })[], add: Add) {
  const created = await bulkInsertReturning<
    Prisma.SupervisionCaseCreateManyInput,
    { id: number; suggestionId: number }
  >(
    ctx.db,
    T.supervisionCase,
    cases.map((c) => ({ ...c.row, suggestionId: c.suggestionId })),
    ["id", "suggestionId"],
  );
  // At most one case per suggestion is generated, so the suggestion id finds the case.
  const caseIds = new Map(created.map((c) => [c.suggestionId, c.id]));
  const notes = cases.flatMap((c) =>
    c.notes.map((n) => ({ ...n, caseId: must(caseIds.get(c.suggestionId), "case id") })),
  );
  await bulkInsert(ctx.db, T.supervisionNote, notes);
  add("supervisionCases", cases.length);
  add("supervisionNotes", notes.length);
}

function dutyPoints(
  ctx: SeedContext,
  plans: SuggestionPlan[],
  idOf: (p: SuggestionPlan) => number,
): Prisma.DutyPointEntryCreateManyInput[] {
  const ruleId = must(ctx.dutyRuleIds.SUGGESTION, "duty rule SUGGESTION");
  return plans.flatMap((p) =>
    p.dutyPoint
      ? [
          {
            deputyId: p.dutyPoint.deputyId,
            ruleId,
            term: must(ctx.deputyTerms.get(p.dutyPoint.deputyId), "deputy term"),
            points: 2,
            sourceType: "Suggestion",
            sourceId: String(idOf(p)),
            note: "提出建议",
            occurredAt: p.dutyPoint.at,
            publishedAt: quarterPublication(p.dutyPoint.at, ctx.limit),
          },
        ]
      : [],
  );
}

/** Points are published quarterly: ten days after the quarter ends, if that is before today. */
export function quarterPublication(at: Date, limit: number): Date | null {
  const shanghai = new Date(at.getTime() + 8 * 3600_000);
  const quarterEndMonth = Math.floor(shanghai.getUTCMonth() / 3) * 3 + 3;
  const published = Date.UTC(shanghai.getUTCFullYear(), quarterEndMonth, 10, 2, 0); // 10:00 Shanghai
  return published <= limit ? new Date(published) : null;
}
