"use server";
// The two actions a half-open session may run (besides signing out): confirm enrolment, verify a code.
import { getGatedActor } from "@/lib/auth/current-actor";
import { confirmTotpEnrolment, type EnrolmentState } from "@/lib/auth/confirm-totp-enrolment";
import { verifySecondFactor } from "@/lib/auth/verify-second-factor";
import type { ActionState } from "@/lib/forms/action-state";
import { currentClientInfo } from "@/lib/http/client-info";

export async function verifySecondFactorAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const actor = await getGatedActor("verify");
  if (!actor) return { formError: "secondFactorExpired" };
  return verifySecondFactor(actor, { code: String(form.get("code") ?? "") }, await currentClientInfo());
}

export async function confirmEnrolmentAction(_prev: EnrolmentState, form: FormData): Promise<EnrolmentState> {
  const actor = await getGatedActor("enrol");
  if (!actor) return { formError: "secondFactorExpired" };
  return confirmTotpEnrolment(actor, { code: String(form.get("code") ?? "") }, await currentClientInfo());
}
