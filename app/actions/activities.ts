"use server";
// Duty activities (视察, 调研, 述职…): creating one opens its page; the steps on that page go through one dispatcher
// (the form names the step, `op`); photos carry files; residents rate a 述职. Each use case checks role, scope and
// input itself (lib/activities).
import { redirect } from "next/navigation";
import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/current-actor";
import type { ActionState } from "@/lib/forms/action-state";
import { formValues, runFormAction } from "@/lib/forms/run-action";
import { currentClientInfo } from "@/lib/http/client-info";
import { createActivity, markAttendance, saveReport } from "@/lib/activities/record-activity";
import { addIssue, raiseIssue } from "@/lib/activities/issues";
import { addActivityPhotos } from "@/lib/activities/photos";
import { rateVoterReport } from "@/lib/activities/rate-report";
import { dispatchOp, type UseCase } from "./dispatch-op";

const OPS = {
  markAttendance,
  saveReport,
  addIssue,
  raiseIssue,
  rate: rateVoterReport,
} satisfies Record<string, UseCase>;

/** The steps this action knows: what a step form may name (components/forms/step-actions.ts). */
export type ActivitiesOp = keyof typeof OPS;

/** The one step of the create action (it sends the person to the new activity's page). */
export type CreateActivityOp = "createActivity";

export async function activitiesAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return dispatchOp(OPS, form, {
    messagePrefix: "activities.done",
    // Attendance comes as repeated checkboxes; none ticked is a real answer (nobody came).
    input: (values) =>
      form.get("op") === "markAttendance"
        ? { activityId: values.activityId, attendedDeputyIds: form.getAll("attendedDeputyIds").map(String) }
        : values,
  });
}

export async function createActivityAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const values = stepValues(form);
  let href: string | undefined;
  const state = await runFormAction(values, async () => {
    const actor = await getActor();
    if (!actor) return { formError: "unauthenticated", values };
    const { id } = await createActivity(
      actor,
      { ...values, deputyIds: form.getAll("deputyIds").map(String) },
      await currentClientInfo(),
    );
    href = `${actor.role === "STATION_ADMIN" ? "/station" : "/staff"}/activities/${id}`;
    return { ok: true };
  });
  if (href) redirect(href);
  return state;
}

export async function activityPhotosAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const values = stepValues(form);
  return runFormAction(values, async () => {
    const actor = await getActor();
    if (!actor) return { formError: "unauthenticated", values };
    const files = form.getAll("photos").filter((f): f is File => f instanceof File);
    await addActivityPhotos(actor, values, files, await currentClientInfo());
    revalidatePath("/", "layout");
    return { ok: true, message: "activities.done.addPhotos" };
  });
}

/** The form's text fields without the step name the shared form sends (the schemas are strict). */
function stepValues(form: FormData) {
  const values = formValues(form);
  delete values.op;
  return values;
}
