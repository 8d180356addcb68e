"use server";
// One action for every step of the loop: the form names the step (`op`), the use case does the rest.
// Unknown steps are refused; each use case checks role, scope, stage and version itself.
import type { ActionState } from "@/lib/forms/action-state";
import { dispatchOp, type UseCase } from "./dispatch-op";
import { acceptSuggestion, declineSuggestion, mergeSuggestion } from "@/lib/suggestions/triage";
import { assignSuggestion } from "@/lib/suggestions/assign";
import {
  postProgress,
  recordContact,
  requestExtension,
  sendCoOpinion,
  unitAccept,
} from "@/lib/suggestions/unit-actions";
import { decideReturn, requestLateReturn, unitReturn, withdrawAssignment } from "@/lib/suggestions/returns";
import { submitReply } from "@/lib/suggestions/reply";
import { decideExtension, markFollowUpSolved, sendBackForRework, sendReply } from "@/lib/suggestions/review";
import { evaluateSuggestion, recordPhoneRating } from "@/lib/suggestions/evaluate";
import { raiseAsDeputySuggestion } from "@/lib/suggestions/raise-as-deputy";
import { messageProposer, messageUnit, relayMessage, requestCallBack } from "@/lib/suggestions/relay";

const OPS = {
  accept: acceptSuggestion,
  decline: declineSuggestion,
  merge: mergeSuggestion,
  raise: raiseAsDeputySuggestion,
  assign: assignSuggestion,
  unitAccept,
  unitReturn,
  lateReturn: requestLateReturn,
  coOpinion: sendCoOpinion,
  contact: recordContact,
  progress: postProgress,
  extension: requestExtension,
  reply: submitReply,
  sendReply,
  rework: sendBackForRework,
  decideExtension,
  decideReturn,
  withdraw: withdrawAssignment,
  followUpSolved: markFollowUpSolved,
  evaluate: evaluateSuggestion,
  callback: recordPhoneRating,
  messageProposer,
  requestCallBack,
  messageUnit,
  relay: relayMessage,
} satisfies Record<string, UseCase>;

/** The steps this action knows: what a step form may name (components/forms/step-actions.ts). */
export type SuggestionOp = keyof typeof OPS;

export async function suggestionAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return dispatchOp(OPS, form, {
    messagePrefix: "done",
    // Co-units come as repeated checkboxes; files (a reply's attachments) as repeated file entries.
    input: (values) => ({
      ...values,
      ...(form.has("coUnitIds") ? { coUnitIds: form.getAll("coUnitIds").map(String).filter(Boolean) } : {}),
      ...(form.has("files") ? { files: form.getAll("files") } : {}),
    }),
  });
}
