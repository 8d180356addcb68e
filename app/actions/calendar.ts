"use server";
// One action for every change to the working-day calendar: the form names the change (`op`), the use case
// checks the permission, validates and records it.
import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/current-actor";
import type { Actor } from "@/lib/auth/permissions";
import {
  markCalendarYearMaintained,
  markCalendarYearUnmaintained,
  removeCalendarDay,
  saveCalendarDay,
} from "@/lib/calendar/manage-calendar";
import type { ActionState } from "@/lib/forms/action-state";
import { formValues, runFormAction } from "@/lib/forms/run-action";
import { currentClientInfo, type ClientInfo } from "@/lib/http/client-info";

type UseCase = (actor: Actor, raw: unknown, client: ClientInfo) => Promise<unknown>;

const OPS: Record<string, UseCase> = {
  saveDay: saveCalendarDay,
  removeDay: removeCalendarDay,
  maintain: markCalendarYearMaintained,
  unmaintain: markCalendarYearUnmaintained,
};

export async function calendarAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const { op, ...values } = formValues(form);
  return runFormAction(values, async () => {
    const useCase = op ? OPS[op] : undefined;
    if (!useCase) return { formError: "invalid", values };
    const actor = await getActor();
    if (!actor) return { formError: "unauthenticated", values };
    await useCase(actor, values, await currentClientInfo());
    // Due dates and lights everywhere read the calendar.
    revalidatePath("/", "layout");
    return { ok: true, message: `calendar.done.${op}` };
  });
}
