"use server";
// One action for every step of the loop: the form names the step (`op`), the use case does the rest.
// Unknown steps are refused; each use case checks role, scope, stage and version itself.
import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/current-actor";
import type { Actor } from "@/lib/auth/permissions";
import type { ActionState } from "@/lib/forms/action-state";
import { formValues, runFormAction } from "@/lib/forms/run-action";
import { currentClientInfo } from "@/lib/http/client-info";
import type { ClientInfo } from "@/lib/http/client-info";
import { acceptSuggestion, declineSuggestion, mergeSuggestion } from "@/lib/suggestions/triage";
import { assignSuggestion } from "@/lib/suggestions/assign";
import { postProgress, recordContact, requestExtension, sendCoOpinion, unitAccept, unitReturn } from "@/lib/suggestions/unit-actions";
import { submitReply } from "@/lib/suggestions/reply";
import { decideExtension, markFollowUpSolved, sendBackForRework, sendReply } from "@/lib/suggestions/review";
import { evaluateSuggestion } from "@/lib/suggestions/evaluate";
import { raiseAsDeputySuggestion } from "@/lib/suggestions/raise-as-deputy";

type UseCase = (actor: Actor, raw: unknown, client: ClientInfo) => Promise<unknown>;

const OPS: Record<string, UseCase> = {
  accept: acceptSuggestion,
  decline: declineSuggestion,
  merge: mergeSuggestion,
  raise: raiseAsDeputySuggestion,
  assign: assignSuggestion,
  unitAccept,
  unitReturn,
  coOpinion: sendCoOpinion,
  contact: recordContact,
  progress: postProgress,
  extension: requestExtension,
  reply: submitReply,
  sendReply,
  rework: sendBackForRework,
  decideExtension,
  followUpSolved: markFollowUpSolved,
  evaluate: evaluateSuggestion,
};

export async function suggestionAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const { op, ...values } = formValues(form);
  return runFormAction(values, async () => {
    const useCase = op ? OPS[op] : undefined;
    if (!useCase) return { formError: "invalid", values };
    const actor = await getActor();
    if (!actor) return { formError: "unauthenticated", values };
    const input: Record<string, unknown> = { ...values };
    if (form.has("coUnitIds")) input.coUnitIds = form.getAll("coUnitIds").map(String).filter(Boolean);
    await useCase(actor, input, await currentClientInfo());
    revalidatePath("/", "layout");
    return { ok: true, message: `done.${op}` };
  });
}
