"use server";
// Reception actions. Booking has its own action (it sends the resident to their booking code); every other step
// goes through one dispatcher: the form names the step (`op`), the use case checks role, scope and input itself.
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/current-actor";
import type { ActionState } from "@/lib/forms/action-state";
import { formValues, runFormAction } from "@/lib/forms/run-action";
import { currentClientInfo } from "@/lib/http/client-info";
import { bookSession, cancelBooking } from "@/lib/reception/book-session";
import { checkIn, markNoShow } from "@/lib/reception/check-in";
import { cancelSession, createSession, publishSession } from "@/lib/reception/manage-sessions";
import { generateRota } from "@/lib/reception/rota";
import { addVisit, closeSession, raiseVisit } from "@/lib/reception/duty-log";
import { decideSwap, requestSwap } from "@/lib/reception/swap";
import { updateDutyRule } from "@/lib/reception/duty-rules";
import { addListItem, answerListItem } from "@/lib/reception/three-lists";
import { dispatchOp, type UseCase } from "./dispatch-op";

const OPS = {
  cancelBooking,
  checkIn,
  noShow: markNoShow,
  createSession,
  publishSession,
  cancelSession,
  generateRota,
  addVisit,
  raiseVisit,
  closeSession,
  requestSwap,
  decideSwap,
  dutyRule: updateDutyRule,
  addListItem,
  answerListItem,
} satisfies Record<string, UseCase>;

/** The steps this action knows: what a step form may name (components/forms/step-actions.ts). */
export type ReceptionOp = keyof typeof OPS;

const LISTS = ["deputyIds", "attendedDeputyIds"];

export async function receptionAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return dispatchOp(OPS, form, {
    messagePrefix: "reception.done",
    // Deputies come as repeated checkboxes.
    input: (values) => {
      const out = { ...values };
      for (const k of LISTS) if (form.has(k)) out[k] = form.getAll(k).map(String).filter(Boolean).join(",");
      return out;
    },
  });
}

export async function bookAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const values = formValues(form);
  let code: string | undefined;
  const state = await runFormAction(values, async () => {
    const actor = await getActor();
    if (!actor) return { formError: "unauthenticated", values };
    code = (await bookSession(actor, values, await currentClientInfo())).code;
    return { ok: true };
  });
  if (code) redirect(`/me/bookings/${code}`);
  return state;
}
