// 专业小组 (professional groups of deputies): one list for the whole portal, like categories (decision 0046), kept
// by committee staff. Add and rename only: a group with deputies is never deleted, and a rename is seen wherever
// the group is shown. Names are unique (the Excel import matches the group column by name).
import { z } from "zod";
import { db } from "../db.ts";
import { AppError, notFound } from "../errors.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { requireRole } from "../auth/authorize-in-region.ts";
import type { Actor } from "../auth/permissions.ts";
import type { ClientInfo } from "../http/client-info.ts";
import { isUniqueViolation } from "../database-errors.ts";
import { id, text } from "../validation/fields.ts";

const name = text({ min: 1, max: 60, tooShort: "places.nameRequired" });
export const createGroupSchema = z.strictObject({ name });
export const renameGroupSchema = z.strictObject({ groupId: id(), name });

const taken = (err: unknown) =>
  isUniqueViolation(err) ? new AppError("conflict", "deputyGroupTaken") : (err as Error);

export async function createProfessionalGroup(actor: Actor, raw: unknown, client?: ClientInfo) {
  await requireRole(actor, "deputyGroup.manage", { type: "ProfessionalGroup", id: "new" }, client);
  const input = createGroupSchema.parse(raw);
  try {
    return await db.$transaction(async (tx) => {
      const g = await tx.professionalGroup.create({ data: { name: input.name }, select: { id: true } });
      await recordAudit(
        {
          actor,
          action: "deputyGroup.create",
          target: { type: "ProfessionalGroup", id: g.id },
          result: "SUCCESS",
          client,
          detail: { before: null, after: { name: input.name } },
        },
        tx,
      );
      return g;
    });
  } catch (err) {
    throw taken(err);
  }
}

export async function renameProfessionalGroup(actor: Actor, raw: unknown, client?: ClientInfo) {
  const input = renameGroupSchema.parse(raw);
  const target = { type: "ProfessionalGroup", id: input.groupId };
  await requireRole(actor, "deputyGroup.manage", target, client);
  try {
    await db.$transaction(async (tx) => {
      const before = await tx.professionalGroup.findUnique({ where: { id: input.groupId }, select: { name: true } });
      if (!before) throw notFound();
      await tx.professionalGroup.update({ where: { id: input.groupId }, data: { name: input.name } });
      await recordAudit(
        {
          actor,
          action: "deputyGroup.rename",
          target,
          result: "SUCCESS",
          client,
          detail: { before: { name: before.name }, after: { name: input.name } },
        },
        tx,
      );
    });
  } catch (err) {
    throw taken(err);
  }
}
