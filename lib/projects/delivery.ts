// 实施与监督: staff give each decided project its responsible department, leading official, budget and milestones
// and name its supervision group; the department (or staff) reports progress with optional photos; the group's
// deputies record supervision notes. Every change and every refusal is audited.
import { recordAudit } from "../audit/record-audit.ts";
import type { Actor } from "../auth/permissions.ts";
import { shanghaiDateOf, toDbDate } from "../calendar/civil-date.ts";
import { db } from "../db.ts";
import type { ClientInfo } from "../http/client-info.ts";
import { photoRow } from "../photos/set-photo.ts";
import { filesIn, readUploads } from "../suggestions/uploads.ts";
import { regionPathOf } from "./access.ts";
import { PROGRESS_PHOTO_LIMITS } from "./photo-limits.ts";
import { loadProjectFor } from "./delivery-access.ts";
import { refuseStep } from "./refusal.ts";
import {
  assignDeliverySchema,
  milestoneSchema,
  progressSchema,
  supervisionNoteSchema,
  supervisorsSchema,
} from "./schemas.ts";

const target = (candidateId: number) => ({ type: "ProjectCandidate", id: candidateId });

/** Assigns (or reassigns) the responsible department, official and budget; milestones typed here are added. */
export async function assignDelivery(actor: Actor, raw: unknown, client?: ClientInfo): Promise<void> {
  const input = assignDeliverySchema.parse(raw);
  const p = await loadProjectFor(actor, "project.manage", input.candidateId, client);
  const unit = await db.handlingUnit.findUnique({
    where: { id: input.unitId },
    select: { active: true, region: { select: { path: true } } },
  });
  const roundPath = await regionPathOf(p.round.regionId);
  // As for a candidate: a department of the round's region, or above it.
  if (
    !unit?.active ||
    !roundPath ||
    !(roundPath.startsWith(unit.region.path) || unit.region.path.startsWith(roundPath))
  ) {
    throw await refuseStep(actor, "project.delivery.assign", target(p.id), client, "unitRequired");
  }
  const before = p.delivery
    ? { unitId: p.delivery.unitId, leadOfficial: p.delivery.leadOfficial, budgetWan: p.delivery.budgetWan.toString() }
    : null;
  const fields = { unitId: input.unitId, leadOfficial: input.leadOfficial, budgetWan: input.budgetWan };
  await db.$transaction(async (tx) => {
    await tx.projectDelivery.upsert({
      where: { candidateId: p.id },
      create: { candidateId: p.id, roundId: p.round.id, assignedById: actor.id, ...fields },
      update: fields,
    });
    if (input.milestones.length > 0) {
      await tx.projectMilestone.createMany({
        data: input.milestones.map((m) => ({ candidateId: p.id, title: m.title, dueOn: toDbDate(m.dueOn) })),
      });
    }
    await recordAudit(
      {
        actor,
        action: "project.delivery.assign",
        target: target(p.id),
        result: "SUCCESS",
        client,
        detail: { before, after: fields, milestones: input.milestones },
      },
      tx,
    );
  });
}

/** Refuses a step on a project not yet assigned to a department. */
async function assigned(
  actor: Actor,
  p: Awaited<ReturnType<typeof loadProjectFor>>,
  action: "project.milestone.add" | "project.progress.report" | "project.supervisors.set" | "project.supervision.note",
  client?: ClientInfo,
) {
  if (!p.delivery) throw await refuseStep(actor, action, target(p.id), client, "notAssigned");
  return p.delivery;
}

export async function addMilestone(actor: Actor, raw: unknown, client?: ClientInfo): Promise<void> {
  const input = milestoneSchema.parse(raw);
  const p = await loadProjectFor(actor, "project.manage", input.candidateId, client);
  await assigned(actor, p, "project.milestone.add", client);
  await db.$transaction(async (tx) => {
    const m = await tx.projectMilestone.create({
      data: { candidateId: p.id, title: input.title, dueOn: toDbDate(input.dueOn) },
      select: { id: true },
    });
    await recordAudit(
      {
        actor,
        action: "project.milestone.add",
        target: target(p.id),
        result: "SUCCESS",
        client,
        detail: { milestoneId: m.id, title: input.title, dueOn: input.dueOn },
      },
      tx,
    );
  });
}

/** A progress report by the responsible department (or staff): percentage, text, photos, a milestone reached. */
export async function reportProgress(
  actor: Actor,
  raw: unknown,
  files: File[] = [],
  client?: ClientInfo,
): Promise<{ id: number }> {
  const input = progressSchema.parse(raw);
  const p = await loadProjectFor(actor, "project.report", input.candidateId, client);
  await assigned(actor, p, "project.progress.report", client);
  // Photos are decoded only for someone allowed to report (decoding is the expensive part).
  const photos = filesIn(files).length > 0 ? await readUploads(files, PROGRESS_PHOTO_LIMITS) : [];
  const today = shanghaiDateOf(new Date());
  return db.$transaction(async (tx) => {
    if (input.milestoneId != null) {
      const n = await tx.projectMilestone.updateMany({
        where: { id: input.milestoneId, candidateId: p.id, doneOn: null },
        data: { doneOn: toDbDate(today) },
      });
      if (n.count !== 1) {
        throw await refuseStep(actor, "project.progress.report", target(p.id), client, "milestoneDone");
      }
    }
    const u = await tx.projectProgressUpdate.create({
      data: {
        candidateId: p.id,
        percent: input.percent,
        text: input.text,
        milestoneId: input.milestoneId ?? null,
        authorId: actor.id,
      },
      select: { id: true },
    });
    for (const photo of photos) {
      await tx.publicPhoto.create({
        data: { ...photoRow(photo, actor.id), progressUpdateId: u.id },
        select: { id: true },
      });
    }
    await tx.projectDelivery.update({ where: { candidateId: p.id }, data: { percent: input.percent } });
    await recordAudit(
      {
        actor,
        action: "project.progress.report",
        target: target(p.id),
        result: "SUCCESS",
        client,
        detail: {
          updateId: u.id,
          percent: input.percent,
          before: p.delivery!.percent,
          milestoneId: input.milestoneId ?? null,
          photos: photos.length,
        },
      },
      tx,
    );
    return u;
  });
}

/** Names the supervision group: deputies of the round's congress. Replaces the group. */
export async function setSupervisors(actor: Actor, raw: unknown, client?: ClientInfo): Promise<void> {
  const input = supervisorsSchema.parse(raw);
  const p = await loadProjectFor(actor, "project.manage", input.candidateId, client);
  const delivery = await assigned(actor, p, "project.supervisors.set", client);
  const ids = [...new Set(input.deputyIds)];
  const members = await db.deputyMandate.count({
    where: {
      deputyId: { in: ids },
      level: p.round.level,
      term: p.round.term,
      regionId: p.round.regionId,
      deputy: { active: true },
    },
  });
  if (members !== ids.length) {
    throw await refuseStep(actor, "project.supervisors.set", target(p.id), client, "notAMember");
  }
  await db.$transaction(async (tx) => {
    await tx.projectSupervisor.deleteMany({ where: { candidateId: p.id } });
    await tx.projectSupervisor.createMany({ data: ids.map((deputyId) => ({ candidateId: p.id, deputyId })) });
    await recordAudit(
      {
        actor,
        action: "project.supervisors.set",
        target: target(p.id),
        result: "SUCCESS",
        client,
        detail: { before: delivery.supervisors.map((s) => s.deputyId), after: ids },
      },
      tx,
    );
  });
}

/** A note by a deputy of the project's supervision group (an inspection, a concern). */
export async function addSupervisionNote(actor: Actor, raw: unknown, client?: ClientInfo): Promise<{ id: number }> {
  const input = supervisionNoteSchema.parse(raw);
  const p = await loadProjectFor(actor, "project.supervise", input.candidateId, client);
  await assigned(actor, p, "project.supervision.note", client);
  return db.$transaction(async (tx) => {
    const n = await tx.projectSupervisionNote.create({
      data: { candidateId: p.id, deputyId: actor.deputyId!, text: input.text },
      select: { id: true },
    });
    await recordAudit(
      {
        actor,
        action: "project.supervision.note",
        target: target(p.id),
        result: "SUCCESS",
        client,
        detail: { noteId: n.id },
      },
      tx,
    );
    return n;
  });
}
