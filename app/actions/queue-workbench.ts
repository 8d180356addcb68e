"use server";
// The staff queue's own actions: saved filters (save, delete) and batch steps (集中交办). Each use case checks
// role, scope and input itself.
import { getActor } from "@/lib/auth/current-actor";
import type { ActionState } from "@/lib/forms/action-state";
import { formValues, runFormAction } from "@/lib/forms/run-action";
import { currentClientInfo } from "@/lib/http/client-info";
import { runBatch, type BatchOutcome } from "@/lib/suggestions/batch";
import { deleteQueueFilter, saveQueueFilter } from "@/lib/suggestions/saved-filters";
import { dispatchOp, type UseCase } from "./dispatch-op";

const FILTER_OPS = { saveFilter: saveQueueFilter, deleteFilter: deleteQueueFilter } satisfies Record<string, UseCase>;

/** The steps this action knows: what a step form may name (components/forms/step-actions.ts). */
export type SavedFilterOp = keyof typeof FILTER_OPS;

export async function savedFilterAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return dispatchOp(FILTER_OPS, form, { messagePrefix: "workbench.done" });
}

export type BatchState = ActionState & { outcome?: BatchOutcome };

export async function batchAction(_prev: BatchState, form: FormData): Promise<BatchState> {
  const values = formValues(form);
  let outcome: BatchOutcome | undefined;
  const state = await runFormAction(values, async () => {
    const actor = await getActor();
    if (!actor) return { formError: "unauthenticated" };
    outcome = await runBatch(
      actor,
      {
        op: values.op,
        items: form.getAll("items").map(String),
        ...(values.leadUnitId ? { leadUnitId: values.leadUnitId } : {}),
        coUnitIds: form.getAll("coUnitIds").map(String).filter(Boolean),
        note: values.note ?? "",
      },
      await currentClientInfo(),
    );
    // No revalidatePath here: refreshing the preview page would re-read the picked items, find them moved (so no
    // longer pickable) and replace the form holding the outcome with "nothing selected". The result is shown from
    // the answer; the queue is read afresh when the person goes back to it (dynamic pages are not cached).
    return { ok: true };
  });
  return outcome ? { ...state, outcome } : state;
}
