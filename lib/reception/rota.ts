// A month's rota from rules: each public reception day of the month (e.g. the 15th) moved to the next working
// day when it is a holiday or weekend, the station's deputies in rotation, two per session (321 rule), and a
// session too close to publish three days ahead is left as a draft. Re-running a month adds nothing twice.
import { db } from "../db.ts";
import type { ClientInfo } from "../http/client-info.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { Actor } from "../auth/permissions.ts";
import { loadWorkCalendar } from "../calendar/load-calendar.ts";
import { shanghaiDateOf, type CivilDate } from "../calendar/civil-date.ts";
import { generateRotaSchema } from "./schemas.ts";
import { earliestPublishableStart } from "./rules.ts";
import { planRota } from "./rota-plan.ts";
import { shanghaiInstant, stationForManaging } from "./manage-sessions.ts";
import type { SessionStart } from "../status/reception-session.ts";

export type RotaResult = {
  created: number;
  skipped: number;
  drafts: number;
  moved: CivilDate[];
  shortOfDeputies: boolean;
};

export async function generateRota(
  actor: Actor,
  raw: unknown,
  client?: ClientInfo,
  now = new Date(),
): Promise<RotaResult> {
  const input = generateRotaSchema.parse(raw);
  const station = await stationForManaging(actor, input.stationId, client);
  const year = Number(input.month.slice(0, 4));
  const calendar = await loadWorkCalendar(db, [year, year + 1]);
  const rotationStart = await db.sessionDeputy.count({
    where: { session: { stationId: station.id, status: { not: "CANCELLED" } } },
  });
  const plan = planRota({
    month: input.month,
    days: input.days,
    deputyIds: station.deputyIds,
    rotationStart,
    calendar,
  });
  const today = shanghaiDateOf(now);
  const result: RotaResult = { created: 0, skipped: 0, drafts: 0, moved: [], shortOfDeputies: false };

  await db.$transaction(async (tx) => {
    for (const p of plan) {
      const startsAt = shanghaiInstant(p.date, input.startTime);
      const endsAt = new Date(startsAt.getTime() + input.durationMinutes * 60_000);
      const dayStart = shanghaiInstant(p.date, "00:00");
      const exists = await tx.receptionSession.findFirst({
        where: {
          stationId: station.id,
          status: { not: "CANCELLED" },
          startsAt: { gte: dayStart, lt: new Date(dayStart.getTime() + 86_400_000) },
        },
        select: { id: true },
      });
      if (exists || p.date <= today) {
        result.skipped++;
        continue;
      }
      const publish = startsAt >= earliestPublishableStart(now) && !p.shortOfDeputies;
      if (!publish) result.drafts++;
      if (p.moved) result.moved.push(p.date);
      if (p.shortOfDeputies) result.shortOfDeputies = true;
      const s = await tx.receptionSession.create({
        data: {
          stationId: station.id,
          startsAt,
          endsAt,
          theme: input.theme,
          capacity: input.capacity,
          status: (publish ? "PUBLISHED" : "DRAFT") satisfies SessionStart,
          publishedAt: publish ? now : null,
          ruleException: p.shortOfDeputies ? `驻站代表仅${station.deputyIds.length}名，排班时不足两名代表` : null,
          createdById: actor.id,
          deputies: { create: p.deputyIds.map((deputyId) => ({ deputyId })) },
        },
        select: { id: true },
      });
      result.created++;
      await recordAudit(
        {
          actor,
          action: "session.generate",
          target: { type: "ReceptionSession", id: s.id },
          result: "SUCCESS",
          client,
          detail: { month: input.month, moved: p.moved },
        },
        tx,
      );
    }
  });
  return result;
}
