// A month's rota from rules: each public reception day of the month (e.g. the 15th) moved to the next working
// day when it is a holiday or weekend, the station's deputies in rotation, two per session (321 rule), and a
// session too close to publish three days ahead is left as a draft. Re-running a month adds nothing twice.
import { db } from "../db.ts";
import type { ClientInfo } from "../http/client-info.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { Actor } from "../auth/permissions.ts";
import { loadWorkCalendar } from "../calendar/load-calendar.ts";
import { shanghaiDateOf, type CivilDate } from "../calendar/civil-date.ts";
import type { WorkCalendar } from "../calendar/working-days.ts";
import { generateRotaSchema } from "./schemas.ts";
import { earliestPublishableStart, RECEPTION_RULES } from "./rules.ts";
import { shanghaiInstant, stationForManaging } from "./manage-sessions.ts";

export type PlannedSession = { date: CivilDate; moved: boolean; deputyIds: number[]; shortOfDeputies: boolean };

/** Pure: the dates and who is on duty. `rotationStart` continues the rotation from earlier months. */
export function planRota(input: { month: string; days: readonly number[]; deputyIds: readonly number[]; rotationStart: number; calendar: WorkCalendar }): PlannedSession[] {
  const deputies = [...input.deputyIds].sort((a, b) => a - b);
  const perSession = Math.min(RECEPTION_RULES.minDeputies, deputies.length);
  const seen = new Set<string>();
  const out: PlannedSession[] = [];
  let next = input.rotationStart;
  for (const day of input.days) {
    const wanted = `${input.month}-${String(day).padStart(2, "0")}`;
    const date = input.calendar.nextWorkingDay(wanted);
    if (seen.has(date)) continue; // two public days moved onto the same working day: one session
    seen.add(date);
    const onDuty: number[] = [];
    for (let i = 0; i < perSession; i++) onDuty.push(deputies[(next + i) % deputies.length]!);
    next += perSession;
    out.push({ date, moved: date !== wanted, deputyIds: onDuty, shortOfDeputies: onDuty.length < RECEPTION_RULES.minDeputies });
  }
  return out;
}

export type RotaResult = { created: number; skipped: number; drafts: number; moved: CivilDate[]; shortOfDeputies: boolean };

export async function generateRota(actor: Actor, raw: unknown, client?: ClientInfo, now = new Date()): Promise<RotaResult> {
  const input = generateRotaSchema.parse(raw);
  const station = await stationForManaging(actor, input.stationId, client);
  const year = Number(input.month.slice(0, 4));
  const calendar = await loadWorkCalendar(db, [year, year + 1]);
  const rotationStart = await db.sessionDeputy.count({ where: { session: { stationId: station.id, status: { not: "CANCELLED" } } } });
  const plan = planRota({ month: input.month, days: input.days, deputyIds: station.deputyIds, rotationStart, calendar });
  const today = shanghaiDateOf(now);
  const result: RotaResult = { created: 0, skipped: 0, drafts: 0, moved: [], shortOfDeputies: false };

  await db.$transaction(async (tx) => {
    for (const p of plan) {
      const startsAt = shanghaiInstant(p.date, input.startTime);
      const endsAt = new Date(startsAt.getTime() + input.durationMinutes * 60_000);
      const dayStart = shanghaiInstant(p.date, "00:00");
      const exists = await tx.receptionSession.findFirst({
        where: { stationId: station.id, status: { not: "CANCELLED" }, startsAt: { gte: dayStart, lt: new Date(dayStart.getTime() + 86_400_000) } },
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
          stationId: station.id, startsAt, endsAt, theme: input.theme, capacity: input.capacity,
          status: publish ? "PUBLISHED" : "DRAFT", publishedAt: publish ? now : null,
          ruleException: p.shortOfDeputies ? `驻站代表仅${station.deputyIds.length}名，排班时不足两名代表` : null,
          createdById: actor.id,
          deputies: { create: p.deputyIds.map((deputyId) => ({ deputyId })) },
        },
        select: { id: true },
      });
      result.created++;
      await recordAudit({ actor, action: "session.generate", target: { type: "ReceptionSession", id: s.id }, result: "SUCCESS", client, detail: { month: input.month, moved: p.moved } }, tx);
    }
  });
  return result;
}
