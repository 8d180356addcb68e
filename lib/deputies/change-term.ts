// 换届: staff close a term for a level in a region at a date and open the next. In one transaction: the old term's
// mandates end; re-elected deputies (named on the page, or already given a mandate of the next term by an import)
// keep their person record and get the next term's mandate; those left with no open mandate lose their deputy
// sign-in (account disabled, sessions ended) while their history stays, readable under the old term.
import { z } from "zod";
import * as f from "../validation/fields.ts";
import { db } from "../db.ts";
import { AppError, notFound } from "../errors.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { can, type Actor } from "../auth/permissions.ts";
import { toDbDate } from "../calendar/civil-date.ts";
import type { ClientInfo } from "../http/client-info.ts";
import { DeputyLevel } from "../generated/prisma/enums.ts";

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: "dateRequired" });

export const changeTermSchema = z
  .strictObject({
    level: z.enum(Object.values(DeputyLevel) as [DeputyLevel, ...DeputyLevel[]], { error: "invalid" }),
    regionId: f.id(),
    term: z.coerce.number({ error: "invalid" }).int().min(1, { error: "invalid" }).max(98, { error: "invalid" }),
    closesOn: date,
    opensOn: date,
    /** 代表编号 of the re-elected, separated by spaces, commas, 、 or new lines. */
    reelected: z.string().max(400_000, { error: "tooLong" }).default(""),
  })
  .refine((v) => v.opensOn >= v.closesOn, { error: "termOpensBeforeClose", path: ["opensOn"] });

export type TermChangeResult = { ended: number; reelected: number; departed: number; accountsDisabled: number };

export async function changeTerm(
  actor: Actor,
  raw: unknown,
  client?: ClientInfo,
  now = new Date(),
): Promise<TermChangeResult> {
  if (!can(actor, "deputy.manage", { regionPath: actor.regionPath })) {
    await recordAudit({
      actor,
      action: "permission.denied",
      result: "DENIED",
      client,
      detail: { action: "term.change" },
    });
    throw new AppError("forbidden");
  }
  const input = changeTermSchema.parse(raw);
  const region = await db.region.findUnique({ where: { id: input.regionId }, select: { id: true, path: true } });
  if (!region || !can(actor, "deputy.manage", { regionPath: region.path })) {
    await recordAudit({
      actor,
      action: "permission.denied",
      target: { type: "Region", id: input.regionId },
      result: "DENIED",
      client,
      detail: { action: "term.change" },
    });
    throw notFound();
  }
  const codes = [...new Set(input.reelected.split(/[\s,，、;；]+/).filter(Boolean))];
  const closes = toDbDate(input.closesOn);
  const opens = toDbDate(input.opensOn);
  const next = input.term + 1;

  return db.$transaction(
    async (tx) => {
      const old = await tx.$queryRaw<{ id: number; deputyId: number; code: string | null }[]>`
        SELECT m."id", m."deputyId", d."code" FROM "DeputyMandate" m
        JOIN "Region" r ON r."id" = m."regionId" JOIN "Deputy" d ON d."id" = m."deputyId"
        WHERE m."level" = ${input.level}::"DeputyLevel" AND m."term" = ${input.term}
          AND r."path" LIKE ${region.path + "%"}
        FOR UPDATE OF m`;
      if (old.length === 0) throw new AppError("invalid", "termNotFound");
      const inTerm = new Set(old.map((m) => m.code));
      const unknown = codes.filter((c) => !inTerm.has(c));
      if (unknown.length) throw new AppError("invalid", "reelectedUnknown", { codes: unknown.slice(0, 10).join("、") });

      const ended = await tx.$executeRaw`
        UPDATE "DeputyMandate" SET "endsOn" = ${closes}
        WHERE "id" = ANY(${old.map((m) => m.id)}::int[]) AND ("endsOn" IS NULL OR "endsOn" > ${closes})`;
      const reelectedIds = old.filter((m) => m.code != null && codes.includes(m.code)).map((m) => m.id);
      const reelected = await tx.$executeRaw`
        INSERT INTO "DeputyMandate" ("deputyId", "level", "term", "regionId", "constituency", "startsOn")
        SELECT "deputyId", "level", ${next}, "regionId", "constituency", ${opens}::date
        FROM "DeputyMandate" WHERE "id" = ANY(${reelectedIds}::int[])
        ON CONFLICT ("deputyId", "level", "term") DO NOTHING`;
      // Departed: deputies of the old term with no mandate still open after the close (at any level).
      const departed = await tx.$queryRaw<{ id: number }[]>`
        UPDATE "Deputy" d SET "active" = false
        WHERE d."id" = ANY(${old.map((m) => m.deputyId)}::int[]) AND d."active"
          AND NOT EXISTS (SELECT 1 FROM "DeputyMandate" m WHERE m."deputyId" = d."id"
                          AND (m."endsOn" IS NULL OR m."endsOn" > ${closes}))
        RETURNING d."id"`;
      const departedIds = departed.map((d) => d.id);
      const users = await tx.user.findMany({
        where: { deputyId: { in: departedIds }, role: "DEPUTY", disabledAt: null },
        select: { id: true },
      });
      const userIds = users.map((u) => u.id);
      await tx.user.updateMany({ where: { id: { in: userIds } }, data: { disabledAt: now } });
      await tx.authSession.updateMany({
        where: { userId: { in: userIds }, revokedAt: null },
        data: { revokedAt: now },
      });
      const result = { ended, reelected, departed: departedIds.length, accountsDisabled: userIds.length };
      await recordAudit(
        {
          actor,
          action: "deputy.termChange",
          target: { type: "Region", id: region.id },
          result: "SUCCESS",
          client,
          detail: {
            level: input.level,
            term: input.term,
            nextTerm: next,
            closesOn: input.closesOn,
            opensOn: input.opensOn,
            ...result,
            departedDeputyIds: departedIds,
            disabledUserIds: userIds,
          },
        },
        tx,
      );
      return result;
    },
    { timeout: 120_000 },
  );
}
