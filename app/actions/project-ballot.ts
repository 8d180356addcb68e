"use server";
// A deputy's ballot and a proposal from the public page. The ballot's answer carries the receipt code, shown once.
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/current-actor";
import type { ActionState } from "@/lib/forms/action-state";
import { formValues, runFormAction } from "@/lib/forms/run-action";
import { currentClientInfo } from "@/lib/http/client-info";
import { castBallot } from "@/lib/projects/ballot";
import { submitProposal } from "@/lib/projects/proposals";

export type BallotState = ActionState & { receipt?: string };

export async function castBallotAction(_prev: BallotState, form: FormData): Promise<BallotState> {
  const values = formValues(form);
  let receipt: string | undefined;
  const state = await runFormAction(values, async () => {
    const actor = await getActor();
    if (!actor) return { formError: "unauthenticated", values };
    const choices = Object.fromEntries(Object.entries(values).filter(([k]) => /^c\d+$/.test(k)));
    receipt = (await castBallot(actor, { roundId: values.roundId, choices }, await currentClientInfo())).receipt;
    // No revalidation: refreshing the page would replace the form, and with it the receipt shown only once.
    return { ok: true };
  });
  return receipt ? { ...state, receipt } : state;
}

export async function proposeProjectAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const values = formValues(form);
  let done: { code: string; roundId: string } | undefined;
  const state = await runFormAction(values, async () => {
    const actor = await getActor();
    if (!actor) return { formError: "unauthenticated", values };
    const p = await submitProposal(actor, values, await currentClientInfo());
    done = { code: p.trackingCode, roundId: values.roundId };
    return { ok: true };
  });
  if (done) redirect(`/projects/${done.roundId}/propose?code=${done.code}`);
  return state;
}
