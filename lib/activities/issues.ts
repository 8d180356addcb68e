// Issues found during a duty activity, and raising one into a suggestion in one step (as a reception's issues
// are, lib/reception/duty-log.ts): it becomes a deputy suggestion in the name of a deputy who attended, enters
// the staff queue and walks the loop; the deputy is credited the SUGGESTION rule. Raising twice is refused.
import { recordAudit } from "../audit/record-audit.ts";
import type { Actor } from "../auth/permissions.ts";
import { db } from "../db.ts";
import { fieldError, notFound } from "../errors.ts";
import type { ClientInfo } from "../http/client-info.ts";
import { written } from "../notifications/texts.ts";
import { creditDutyPoints } from "../reception/duty-points.ts";
import { createSuggestion } from "../suggestions/create-suggestion.ts";
import { loadActivityFor } from "./access.ts";
import { refuseActivityStep } from "./refusal.ts";
import { addIssueSchema, raiseIssueSchema } from "./schemas.ts";

export async function addIssue(actor: Actor, raw: unknown, client?: ClientInfo) {
  const input = addIssueSchema.parse(raw);
  const a = await loadActivityFor(actor, input.activityId, client);
  return db.$transaction(async (tx) => {
    const issue = await tx.dutyActivityIssue.create({
      data: { activityId: a.id, text: input.text },
      select: { id: true },
    });
    await recordAudit(
      {
        actor,
        action: "activity.issue.add",
        target: { type: "DutyActivityIssue", id: issue.id },
        result: "SUCCESS",
        client,
        detail: { activityId: a.id },
      },
      tx,
    );
    return issue;
  });
}

export async function raiseIssue(actor: Actor, raw: unknown, client: ClientInfo = { ip: null, userAgent: null }) {
  const input = raiseIssueSchema.parse(raw);
  const issue = await db.dutyActivityIssue.findUnique({
    where: { id: input.issueId },
    select: { id: true, activityId: true, text: true, suggestionId: true },
  });
  if (!issue) throw notFound();
  const a = await loadActivityFor(actor, issue.activityId, client);
  const target = { type: "DutyActivityIssue", id: issue.id };
  if (issue.suggestionId)
    throw await refuseActivityStep(actor, "activity.issue.raise", target, client, "issueAlreadyRaised");
  if (!a.deputies.some((d) => d.deputyId === input.deputyId && d.attended))
    throw fieldError("deputyId", "activities.deputyNotAttended");
  const [category, deputy] = await Promise.all([
    db.category.findUnique({ where: { id: input.categoryId }, select: { id: true } }),
    db.deputy.findUniqueOrThrow({
      where: { id: input.deputyId },
      select: { id: true, user: { select: { id: true } } },
    }),
  ]);
  if (!category) throw fieldError("categoryId", "categoryRequired");
  const created = await createSuggestion(
    actor,
    {
      title: input.title,
      content: issue.text,
      categoryId: category.id,
      regionId: a.regionId,
      stationId: a.stationId,
      locationText: a.place,
      confidential: false,
      kind: "DEPUTY_SUGGESTION",
      source: "DEPUTY",
      proposerId: deputy.user?.id ?? null,
      proposerDeputyId: deputy.id,
      recordedById: actor.id,
      idempotencyKey: `activity-issue-${issue.id}`,
    },
    [],
    client,
  );
  await db.$transaction(async (tx) => {
    const linked = await tx.dutyActivityIssue.updateMany({
      where: { id: issue.id, suggestionId: null },
      data: { suggestionId: created.id },
    });
    // Someone raised it a moment ago (the idempotency key made it the same suggestion): nothing more to do.
    if (linked.count === 0) return;
    await creditDutyPoints(tx, [
      {
        deputyId: deputy.id,
        code: "SUGGESTION",
        sourceType: "Suggestion",
        sourceId: created.id,
        note: written("recorded.dutyPoint.ACTIVITY_SUGGESTION"),
        occurredAt: new Date(),
      },
    ]);
    await recordAudit(
      {
        actor,
        action: "activity.issue.raise",
        target,
        result: "SUCCESS",
        client,
        detail: { suggestionId: created.id, deputyId: deputy.id },
      },
      tx,
    );
  });
  return created;
}
