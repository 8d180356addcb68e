"use server";
// One action for the committee's register of places: stations, handling units, categories and regions. The form
// names the step (`op`); each use case checks role, scope and input itself. Unknown steps are refused.
import type { ActionState } from "@/lib/forms/action-state";
import { dispatchOp, type UseCase } from "./dispatch-op";
import { closeStation, createStation, editStation } from "@/lib/stations/manage-stations";
import { recordAssessment } from "@/lib/stations/record-assessment";
import { assignStationAdmins } from "@/lib/stations/assign-admins";
import { createUnit, editUnit, setUnitActive } from "@/lib/units/manage-units";
import { createCategory, editCategory } from "@/lib/categories/manage-categories";
import { addRegion, renameRegion } from "@/lib/regions/manage-regions";

const OPS = {
  createStation,
  editStation,
  closeStation,
  assessStation: recordAssessment,
  stationAdmins: assignStationAdmins,
  createUnit,
  editUnit,
  unitActive: setUnitActive,
  createCategory,
  editCategory,
  addRegion,
  renameRegion,
} satisfies Record<string, UseCase>;

/** The steps this action knows: what a step form may name (components/forms/step-actions.ts). */
export type PlacesOp = keyof typeof OPS;

export async function placesAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return dispatchOp(OPS, form, {
    messagePrefix: "places.done",
    // A multi-select arrives as repeated fields; formValues keeps only the last of each.
    input: (values) => (form.get("op") === "stationAdmins" ? { ...values, userIds: form.getAll("userIds") } : values),
  });
}
