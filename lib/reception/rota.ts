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
import { written } from "../notifications/texts.ts";
import type { SessionStart } from "../status/reception-session.ts";
import { clashRefusal, findDutyClash, refuseClash, type DutyClash } from "./duty-clash.ts";

/** When each of the deputies is on duty anywhere from `from` to `to` (other stations' sessions included). */
async function dutiesOf(deputyIds: readonly number[], from: Date, to: Date) {
  if (deputyIds.length === 0) return [];
  return db.$queryRaw<{ deputyId: number; startsAt: Date; endsAt: Date }[]>`
    SELECT "deputyId", "startsAt", "endsAt" FROM deputy_duty_clashes(${[...deputyIds]}::int[], ${from}, ${to}, NULL)`;
}

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
  const slot = (date: CivilDate) => {
    const startsAt = shanghaiInstant(date, input.startTime);
    return { startsAt, endsAt: new Date(startsAt.getTime() + input.durationMinutes * 60_000) };
  };
  // A public day moved past holidays can land a couple of weeks into the next month.
  const duties = await dutiesOf(
    station.deputyIds,
    shanghaiInstant(`${input.month}-01`, "00:00"),
    new Date(shanghaiInstant(`${input.month}-01`, "00:00").getTime() + 50 * 86_400_000),
  );
  const plan = planRota({
    month: input.month,
    days: input.days,
    deputyIds: station.deputyIds,
    rotationStart,
    calendar,
    busy: (deputyId, date) => {
      const { startsAt, endsAt } = slot(date);
      return duties.some((d) => d.deputyId === deputyId && d.startsAt < endsAt && d.endsAt > startsAt);
    },
  });
  const today = shanghaiDateOf(now);
  const result: RotaResult = { created: 0, skipped: 0, drafts: 0, moved: [], shortOfDeputies: false };

  // The session being written, to name what was in its way if the database refuses it.
  const writing: { deputyIds: number[]; startsAt: Date; endsAt: Date }[] = [];
  const refusal = (c: DutyClash) =>
    refuseClash(actor, "session.generate", { type: "Station", id: station.id }, c, client);
  await db
    .$transaction(async (tx) => {
      for (const p of plan) {
        const { startsAt, endsAt } = slot(p.date);
        writing[0] = { deputyIds: p.deputyIds, startsAt, endsAt };
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
            ruleException: !p.shortOfDeputies
              ? null
              : station.deputyIds.length > p.deputyIds.length
                ? written("recorded.rotaDeputiesBusy", { count: String(p.deputyIds.length) })
                : written("recorded.rotaShortOfDeputies", { count: String(station.deputyIds.length) }),
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
    })
    .catch(async (err) => {
      // Another station scheduled one of these deputies at the same hour while this month was being written.
      const [c] = writing;
      throw await clashRefusal(err, async () => (c ? findDutyClash(c.deputyIds, c.startsAt, c.endsAt) : null), refusal);
    });
  return result;
}
