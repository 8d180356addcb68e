"use server";
import { getActor } from "@/lib/auth/current-actor";
import { AppError } from "@/lib/errors";
import { currentClientInfo } from "@/lib/http/client-info";
import { unmaskProposerPhone } from "@/lib/suggestions/unmask-proposer";

export async function unmaskPhoneAction(suggestionId: number): Promise<{ phone?: string; error?: string }> {
  const actor = await getActor();
  if (!actor) return { error: "unauthenticated" };
  try {
    return { phone: await unmaskProposerPhone(actor, suggestionId, await currentClientInfo()) };
  } catch (err) {
    if (err instanceof AppError) return { error: err.messageKey };
    throw err;
  }
}
