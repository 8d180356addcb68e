"use server";
// Letters to a deputy: the resident's write form (it sends them to the letter's tracking page) and the deputy's
// steps on a letter, through the one dispatcher (the use case checks role, scope and input itself).
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/current-actor";
import type { ActionState } from "@/lib/forms/action-state";
import { formValues, runFormAction } from "@/lib/forms/run-action";
import { currentClientInfo } from "@/lib/http/client-info";
import { writeLetter } from "@/lib/deputy-letters/write-letter";
import { agreeMeeting, replyToLetter } from "@/lib/deputy-letters/answer-letter";
import { passLetterToStation, raiseLetterAsSuggestion } from "@/lib/deputy-letters/forward-letter";
import { dispatchOp, type UseCase } from "./dispatch-op";

const OPS = {
  reply: replyToLetter,
  meeting: agreeMeeting,
  pass: passLetterToStation,
  raise: raiseLetterAsSuggestion,
} satisfies Record<string, UseCase>;

/** The steps this action knows: what a step form may name (components/forms/step-actions.ts). */
export type LettersOp = keyof typeof OPS;

export async function letterAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return dispatchOp(OPS, form, { messagePrefix: "letters.done" });
}

export async function writeLetterAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const values = formValues(form);
  let code: string | undefined;
  const state = await runFormAction(values, async () => {
    const actor = await getActor();
    if (!actor) return { formError: "unauthenticated", values };
    // The proposed times come as up to three datetime-local fields of one name.
    const input = { ...values, proposedTimes: form.getAll("proposedTimes").map(String) };
    code = (await writeLetter(actor, input, await currentClientInfo())).trackingCode;
    return { ok: true };
  });
  if (code) redirect(`/track/letter/${code}?new=1`);
  return state;
}
