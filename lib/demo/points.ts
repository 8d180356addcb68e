// 履职积分 ledger entries besides suggestions (credited in suggestion-insert.ts): receptions attended,
// problems solved on the spot, inspections with a report, reports to voters.
import { bulkInsert, must } from "./bulk.ts";
import { T } from "./tables.ts";
import { Rng } from "./prng.ts";
import { quarterPublication } from "./suggestion-insert.ts";
import { at } from "./time.ts";
import { DUTY_POINT_RULES } from "./reference-data.ts";
import type { Attendance } from "./sessions.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import type { SeedContext } from "./types.ts";

export async function seedDutyPoints(ctx: SeedContext, attendance: Attendance[]): Promise<number> {
  const rng = Rng.stream("points");
  const rule = (code: (typeof DUTY_POINT_RULES)[number]["code"]) => ({
    ruleId: must(ctx.dutyRuleIds[code], `duty rule ${code}`),
    points: DUTY_POINT_RULES.find((r) => r.code === code)!.points,
  });
  const rows: Prisma.DutyPointEntryCreateManyInput[] = [];
  const entry = (
    deputyId: number,
    code: Parameters<typeof rule>[0],
    sourceType: string,
    sourceId: string,
    note: string,
    occurredAt: Date,
  ) =>
    rows.push({
      deputyId,
      ...rule(code),
      term: must(ctx.deputyTerms.get(deputyId), "deputy term"),
      sourceType,
      sourceId,
      note,
      occurredAt,
      publishedAt: quarterPublication(occurredAt, ctx.limit),
    });

  for (const a of attendance) {
    entry(a.deputyId, "RECEPTION", "ReceptionSession", String(a.sessionId), "进站接待选民", new Date(a.at));
    if (a.solvedOnSpot)
      entry(
        a.deputyId,
        "SOLVED_ON_SPOT",
        "ReceptionSession",
        String(a.sessionId),
        "接待中现场解决群众问题",
        new Date(a.at),
      );
  }
  for (const city of ctx.cities) {
    for (const d of city.deputies) {
      if (rng.chance(0.3)) {
        const when = new Date(at(ctx.today - rng.int(20, 300), rng.int(9, 16), rng.int(0, 59)));
        entry(d.id, "INSPECTION_REPORT", "Inspection", `${d.id}-${when.getTime()}`, "参加专题视察并提交视察报告", when);
      }
      if (rng.chance(0.25)) {
        const when = new Date(at(ctx.today - rng.int(20, 300), rng.int(9, 16), rng.int(0, 59)));
        entry(d.id, "REPORT_TO_VOTERS", "VoterReport", `${d.id}-${when.getUTCFullYear()}`, "向原选区选民述职", when);
      }
    }
  }
  await bulkInsert(ctx.db, T.dutyPoint, rows);
  return rows.length;
}
