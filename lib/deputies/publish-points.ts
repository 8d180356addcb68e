// 积分公示: staff publish a finished quarter's duty points for the deputies of their region. Publishing stamps the
// quarter's entries (publishedAt) and records the publication; only published points reach deputies and the
// public. Publishing the same quarter again picks up entries recorded late and keeps one publication row.
import { z } from "zod";
import { integer } from "../validation/fields.ts";
import { db } from "../db.ts";
import { AppError } from "../errors.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { can, type Actor } from "../auth/permissions.ts";
import { refuse } from "../auth/guard.ts";
import { startOfShanghaiDay } from "../calendar/civil-date.ts";
import type { ClientInfo } from "../http/client-info.ts";

export const publishSchema = z.strictObject({
  year: integer(2000, 2100),
  quarter: integer(1, 4, "supervision.quarterRequired"),
});

export function quarterRange(year: number, quarter: number) {
  const month = (q: number) => String((q - 1) * 3 + 1).padStart(2, "0");
  const from = startOfShanghaiDay(`${year}-${month(quarter)}-01`);
  const until =
    quarter === 4 ? startOfShanghaiDay(`${year + 1}-01-01`) : startOfShanghaiDay(`${year}-${month(quarter + 1)}-01`);
  return { from, until };
}

export async function publishQuarterPoints(
  actor: Actor,
  raw: unknown,
  client?: ClientInfo,
  now = new Date(),
): Promise<{ published: number }> {
  const input = publishSchema.parse(raw);
  const regionId = actor.regionPath ? Number(actor.regionPath.split("/").filter(Boolean).at(-1)) : NaN;
  if (!Number.isInteger(regionId) || !can(actor, "points.publish", { regionPath: actor.regionPath }))
    throw await refuse(actor, "points.publish", {
      target: { type: "DutyPoints", id: `${input.year}Q${input.quarter}` },
      client,
    });
  const { from, until } = quarterRange(input.year, input.quarter);
  if (until > now) throw new AppError("invalid", "supervision.quarterNotOver");
  return db.$transaction(async (tx) => {
    const { count } = await tx.dutyPointEntry.updateMany({
      where: {
        publishedAt: null,
        occurredAt: { gte: from, lt: until },
        deputy: { mandates: { some: { region: { path: { startsWith: actor.regionPath! } } } } },
      },
      data: { publishedAt: now },
    });
    await tx.pointsPublication.upsert({
      where: { regionId_year_quarter: { regionId, year: input.year, quarter: input.quarter } },
      create: {
        regionId,
        year: input.year,
        quarter: input.quarter,
        entries: count,
        publishedAt: now,
        publishedById: actor.id,
      },
      update: { entries: { increment: count }, publishedAt: now, publishedById: actor.id },
    });
    await recordAudit(
      {
        actor,
        action: "points.publish",
        target: { type: "Region", id: regionId },
        result: "SUCCESS",
        client,
        detail: { year: input.year, quarter: input.quarter, entries: count },
      },
      tx,
    );
    return { published: count };
  });
}

/** The publications of the actor's region, newest first. */
export async function listPublications(actor: Actor) {
  if (!can(actor, "points.publish", { regionPath: actor.regionPath })) throw new AppError("forbidden");
  const regionId = Number(actor.regionPath!.split("/").filter(Boolean).at(-1));
  return db.pointsPublication.findMany({
    where: { regionId },
    orderBy: [{ year: "desc" }, { quarter: "desc" }],
    take: 12,
  });
}
