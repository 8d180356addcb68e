// 常用语: standard wordings committee staff keep for their region (replies per category and reply class, decline
// reasons, referrals). A template is offered on the reply and decline forms and always edited before it is sent,
// so it never speaks for anyone by itself. Staff keep the templates of their own region subtree; a new template
// belongs to the staff member's own region. Templates are switched off, not deleted, so an old audit row still
// names something that exists.
import { z } from "zod";
import * as f from "../validation/fields.ts";
import { db } from "../db.ts";
import { AppError, fieldError } from "../errors.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { requireRole, requireScope } from "../auth/authorize-in-region.ts";
import type { Actor } from "../auth/permissions.ts";
import type { ClientInfo } from "../http/client-info.ts";
import { TEMPLATE_KINDS } from "./kinds.ts";

const fields = {
  kind: f.choice(TEMPLATE_KINDS, "templates.kindRequired"),
  title: f.text({ min: 1, max: 60, tooShort: "templates.titleRequired" }),
  body: f.longText({ min: 4, max: 4000, tooShort: "templates.bodyRequired" }),
  categoryId: f.optionalId(),
  replyClass: z.preprocess((v) => (v === "" || v == null ? undefined : v), f.choice(["A", "B", "C", "D"]).optional()),
};
export const createTemplateSchema = z.strictObject(fields);
export const editTemplateSchema = z.strictObject({
  templateId: f.id(),
  version: f.version(),
  active: f.checkbox(),
  ...fields,
});

type Fields = z.infer<typeof createTemplateSchema>;

/** The region a staff member belongs to: the last id of their region path ("/1/4/" → 4). */
function ownRegionId(actor: Actor): number {
  const last = actor.regionPath?.split("/").filter(Boolean).at(-1);
  const id = last ? Number(last) : NaN;
  if (!Number.isInteger(id)) throw new AppError("forbidden");
  return id;
}

async function checked(input: Fields) {
  if (input.replyClass && input.kind !== "REPLY") throw fieldError("replyClass", "templates.classOnlyForReplies");
  if (input.categoryId != null) {
    const c = await db.category.findUnique({ where: { id: input.categoryId }, select: { id: true } });
    if (!c) throw fieldError("categoryId", "invalidChoice");
  }
  return {
    kind: input.kind,
    title: input.title,
    body: input.body,
    categoryId: input.categoryId ?? null,
    replyClass: input.replyClass ?? null,
  };
}

export async function createTemplate(actor: Actor, raw: unknown, client?: ClientInfo): Promise<{ id: number }> {
  await requireRole(actor, "template.manage", { type: "ReplyTemplate", id: "new" }, client);
  const data = await checked(createTemplateSchema.parse(raw));
  return db.$transaction(async (tx) => {
    const t = await tx.replyTemplate.create({
      data: { ...data, regionId: ownRegionId(actor), createdById: actor.id },
      select: { id: true },
    });
    await recordAudit(
      {
        actor,
        action: "template.create",
        target: { type: "ReplyTemplate", id: t.id },
        result: "SUCCESS",
        client,
        detail: { after: data },
      },
      tx,
    );
    return t;
  });
}

export async function editTemplate(actor: Actor, raw: unknown, client?: ClientInfo): Promise<void> {
  const target = { type: "ReplyTemplate", id: String((raw as { templateId?: unknown })?.templateId ?? "") };
  await requireRole(actor, "template.manage", target, client);
  const { templateId, version, active, ...input } = editTemplateSchema.parse(raw);
  const before = await db.replyTemplate.findUnique({
    where: { id: templateId },
    select: {
      kind: true,
      title: true,
      body: true,
      categoryId: true,
      replyClass: true,
      active: true,
      region: { select: { path: true } },
    },
  });
  await requireScope(actor, "template.manage", before ? { regionPath: before.region.path } : null, target, client);
  const data = { ...(await checked(input)), active };
  await db.$transaction(async (tx) => {
    // The version the person saw: two people editing one template cannot both win (R3).
    const { count } = await tx.replyTemplate.updateMany({
      where: { id: templateId, version },
      data: { ...data, version: { increment: 1 } },
    });
    if (count !== 1) throw new AppError("stale");
    const was = { ...before!, region: undefined };
    await recordAudit(
      { actor, action: "template.edit", target, result: "SUCCESS", client, detail: { before: was, after: data } },
      tx,
    );
  });
}
