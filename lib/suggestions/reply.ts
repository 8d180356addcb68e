// 答复: the lead unit replies with a classification (A/B/C/D). It must have contacted the proposer in this
// round first. It may carry up to 3 files (PDF or images). The reply waits for staff review (review.ts) before it
// reaches the proposer.
import { db } from "../db.ts";
import { AppError } from "../errors.ts";
import type { Actor } from "../auth/permissions.ts";
import type { ClientInfo } from "../http/client-info.ts";
import { notifyStaffFor } from "../notifications/notify.ts";
import { toDbDate } from "../calendar/civil-date.ts";
import { replySchema } from "./action-schemas.ts";
import { REPLY_FILE_LIMITS } from "./schemas.ts";
import { filesIn, readUploads } from "./uploads.ts";
import { loadSuggestionForAction } from "./load-for-action.ts";
import { moveSuggestion } from "./transition.ts";
import { moveAssignment } from "../status/assignment.ts";
import { ownAssignment } from "./unit-assignment.ts";

export async function submitReply(actor: Actor, raw: unknown, client?: ClientInfo) {
  const { files, ...fields } = raw as Record<string, unknown>;
  const input = replySchema.parse(fields);
  if ((input.classification === "B" || input.classification === "C") && !input.nextCheckOn) {
    throw new AppError("invalid", "nextCheckRequired");
  }
  const s = await loadSuggestionForAction(input.suggestionId, actor, "suggestion.handle");
  const lead = ownAssignment(s, actor, "LEAD");
  const contacted = await db.handlingRecord.count({
    where: { suggestionId: s.id, kind: "CONTACT", unitId: actor.unitId, createdAt: { gte: lead.assignedAt } },
  });
  if (!contacted) throw new AppError("invalid", "contactBeforeReply");
  const uploads = await readUploads(filesIn(files), REPLY_FILE_LIMITS);

  await db.$transaction(async (tx) => {
    await moveSuggestion(tx, {
      suggestion: { ...s, version: input.version },
      to: "REPLIED",
      actor,
      action: "REPLY",
      isPublic: false,
      data: { repliedAt: new Date() },
      client,
    });
    const reply = await tx.reply.create({
      data: {
        suggestionId: s.id,
        unitId: actor.unitId!,
        round: s.round,
        classification: input.classification,
        content: input.content,
        nextCheckOn:
          input.nextCheckOn && (input.classification === "B" || input.classification === "C")
            ? toDbDate(input.nextCheckOn)
            : null,
        createdById: actor.id,
      },
    });
    if (uploads.length) {
      await tx.attachment.createMany({
        data: uploads.map((u) => ({
          replyId: reply.id,
          fileName: u.fileName,
          mimeType: u.mimeType,
          size: u.data.length,
          data: u.data,
          thumbnail: u.thumbnail ?? null,
          uploadedById: actor.id,
        })),
      });
    }
    await moveAssignment(tx, { where: { id: lead.id }, to: "REPLIED" });
    await notifyStaffFor(tx, s.region.path, {
      title: "承办单位已答复，待审核",
      body: `「${s.title}」答复类别 ${input.classification}。`,
      link: `/staff/suggestions/${s.id}`,
    });
  });
}
