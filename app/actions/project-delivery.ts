"use server";
// The 民生实事 steps taken outside staff's round page: the responsible department (or staff) reports progress with
// photos, a supervision group's deputy adds a note, a deputy rates a delivered project. Each use case checks role,
// scope and input itself; unknown steps are refused.
import type { ActionState } from "@/lib/forms/action-state";
import { addSupervisionNote, reportProgress } from "@/lib/projects/delivery";
import { rateProject } from "@/lib/projects/rating";
import type { Actor } from "@/lib/auth/permissions";
import type { ClientInfo } from "@/lib/http/client-info";
import { dispatchOp, type UseCase } from "./dispatch-op";

const OPS = {
  reportProgress: (actor: Actor, raw: unknown, client: ClientInfo) => {
    const { photos, ...values } = raw as Record<string, unknown> & { photos: File[] };
    return reportProgress(actor, values, photos, client);
  },
  addSupervisionNote,
  rateProject,
} satisfies Record<string, UseCase>;

/** The steps this action knows: what a step form may name (components/forms/step-actions.ts). */
export type DeliveryOp = keyof typeof OPS;

export async function projectDeliveryAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return dispatchOp(OPS, form, {
    messagePrefix: "delivery.done",
    // Files never reach `values` (lib/forms/run-action.ts); the report's photos are handed over beside them.
    input: (values) =>
      form.get("op") === "reportProgress"
        ? { ...values, photos: form.getAll("photos").filter((f): f is File => f instanceof File) }
        : values,
  });
}
