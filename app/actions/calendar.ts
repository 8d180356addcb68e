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

const OPS: Record<string, UseCase> = {
  saveDay: saveCalendarDay,
  removeDay: removeCalendarDay,
  maintain: markCalendarYearMaintained,
  unmaintain: markCalendarYearUnmaintained,
};

export async function calendarAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return dispatchOp(OPS, form, { messagePrefix: "calendar.done" });
}
