"use server";
// One action for every step of the loop: the form names the step (`op`), the use case does the rest.
// Unknown steps are refused; each use case checks role, scope, stage and version itself.
import type { ActionState } from "@/lib/forms/action-state";
import { dispatchOp, type UseCase } from "./dispatch-op";
import { acceptSuggestion, declineSuggestion, mergeSuggestion } from "@/lib/suggestions/triage";
import { assignSuggestion } from "@/lib/suggestions/assign";
import { postProgress, recordContact, requestExtension, sendCoOpinion, unitAccept, unitReturn } from "@/lib/suggestions/unit-actions";
import { submitReply } from "@/lib/suggestions/reply";
import { decideExtension, markFollowUpSolved, sendBackForRework, sendReply } from "@/lib/suggestions/review";
import { evaluateSuggestion } from "@/lib/suggestions/evaluate";
import { raiseAsDeputySuggestion } from "@/lib/suggestions/raise-as-deputy";

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
  return dispatchOp(OPS, form, {
    messagePrefix: "done",
    // Co-units come as repeated checkboxes.
    input: (values) => (form.has("coUnitIds") ? { ...values, coUnitIds: form.getAll("coUnitIds").map(String).filter(Boolean) } : values),
  });
}
