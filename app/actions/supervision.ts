"use server";
// One action for supervision (督办) and the duty archive: the form names the step (`op`), the use case checks role,
// scope and input itself. Unknown steps are refused.
import type { ActionState } from "@/lib/forms/action-state";
import { dispatchOp, type UseCase } from "./dispatch-op";
import { addCaseNote, closeCase, editCase, openCase, reopenCase } from "@/lib/supervision/cases";
import { urgeManually } from "@/lib/supervision/urge-manually";
import { setNextFollowUpCheck } from "@/lib/supervision/follow-ups";
import { updateSupervisionSettings } from "@/lib/supervision/settings";
import { publishQuarterPoints } from "@/lib/deputies/publish-points";

const OPS = {
  openCase,
  editCase,
  closeCase,
  reopenCase,
  addNote: addCaseNote,
  urge: urgeManually,
  nextCheck: setNextFollowUpCheck,
  settings: updateSupervisionSettings,
  publishPoints: publishQuarterPoints,
} satisfies Record<string, UseCase>;

/** The steps this action knows: what a step form may name (components/forms/step-actions.ts). */
export type SupervisionOp = keyof typeof OPS;

export async function supervisionAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return dispatchOp(OPS, form, { messagePrefix: "supervision.done" });
}
