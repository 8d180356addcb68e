// Categories are one list for the whole portal (figures and due-date rules compare across regions), so any
// committee staff maintain it (category.manage is "any", docs/decisions/0046). A category with items is never
// deleted; its code is stable. The default lead unit is a hint on the assign form, never an automatic choice.
import { z } from "zod";
import * as f from "../validation/fields.ts";
import { db } from "../db.ts";
import { AppError } from "../errors.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { requireRole } from "../auth/authorize-in-region.ts";
import type { Actor } from "../auth/permissions.ts";
import { clearReferenceCaches } from "../cache/reference-data.ts";
import type { ClientInfo } from "../http/client-info.ts";
import { onUniqueViolation } from "../database-errors.ts";
import { registerCode } from "../stations/schemas.ts";

const fields = {
  code: registerCode,
  name: z
    .string({ error: "places.nameRequired" })
    .trim()
    .min(1, { error: "places.nameRequired" })
    .max(30, { error: "tooLong" }),
  sortOrder: z.coerce
    .number({ error: "places.sortOrder" })
    .int({ error: "places.sortOrder" })
    .min(0, { error: "places.sortOrder" })
    .max(9999, { error: "places.sortOrder" }),
  defaultUnitId: f.optionalId(),
};
export const createCategorySchema = z.strictObject(fields);
export const editCategorySchema = z.strictObject({ categoryId: f.id(), ...fields });

type Input = z.infer<typeof createCategorySchema>;

async function checkDefaultUnit(input: Input) {
  if (input.defaultUnitId == null) return null;
  const u = await db.handlingUnit.findFirst({ where: { id: input.defaultUnitId, active: true }, select: { id: true } });
  if (!u) throw new AppError("invalid", "places.unitNotFound");
  return u.id;
}

const plain = (c: { code: string; name: string; sortOrder: number; defaultUnitId: number | null }) => ({
  code: c.code,
  name: c.name,
  sortOrder: c.sortOrder,
  defaultUnitId: c.defaultUnitId,
});

const mapUnique = (err: unknown) => onUniqueViolation(err, "places.categoryCodeTaken", "code");

export async function createCategory(actor: Actor, raw: unknown, client?: ClientInfo): Promise<{ id: number }> {
  await requireRole(actor, "category.manage", { type: "Category", id: "new" }, client);
  const input = createCategorySchema.parse(raw);
  const data = { ...input, defaultUnitId: await checkDefaultUnit(input) };
  try {
    const c = await db.$transaction(async (tx) => {
      const c = await tx.category.create({ data, select: { id: true } });
      await recordAudit(
        {
          actor,
          action: "category.create",
          target: { type: "Category", id: c.id },
          result: "SUCCESS",
          client,
          detail: { after: plain(data) },
        },
        tx,
      );
      return c;
    });
    clearReferenceCaches();
    return c;
  } catch (err) {
    throw mapUnique(err);
  }
}

export async function editCategory(actor: Actor, raw: unknown, client?: ClientInfo): Promise<void> {
  await requireRole(
    actor,
    "category.manage",
    { type: "Category", id: String((raw as { categoryId?: unknown })?.categoryId ?? "") },
    client,
  );
  const { categoryId, ...input } = editCategorySchema.parse(raw);
  const before = await db.category.findUnique({
    where: { id: categoryId },
    select: { code: true, name: true, sortOrder: true, defaultUnitId: true },
  });
  if (!before) throw new AppError("notFound");
  const data = { ...input, defaultUnitId: await checkDefaultUnit(input) };
  try {
    await db.$transaction(async (tx) => {
      await tx.category.update({ where: { id: categoryId }, data });
      await recordAudit(
        {
          actor,
          action: "category.edit",
          target: { type: "Category", id: categoryId },
          result: "SUCCESS",
          client,
          detail: { before: plain(before), after: plain(data) },
        },
        tx,
      );
    });
    clearReferenceCaches();
  } catch (err) {
    throw mapUnique(err);
  }
}
