"use server";
// One action for every change to the working-day calendar: the form names the change (`op`), the use case
// checks the permission, validates and records it.
import {
  markCalendarYearMaintained,
  markCalendarYearUnmaintained,
  removeCalendarDay,
  saveCalendarDay,
} from "@/lib/calendar/manage-calendar";
import type { ActionState } from "@/lib/forms/action-state";
import { dispatchOp, type UseCase } from "./dispatch-op";

const OPS = {
  saveDay: saveCalendarDay,
  removeDay: removeCalendarDay,
  maintain: markCalendarYearMaintained,
  unmaintain: markCalendarYearUnmaintained,
} satisfies Record<string, UseCase>;

/** The steps this action knows: what a step form may name (components/forms/step-actions.ts). */
export type CalendarOp = keyof typeof OPS;

export async function calendarAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return dispatchOp(OPS, form, { messagePrefix: "calendar.done" });
}
