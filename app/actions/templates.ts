"use server";
// 常用语 (reply, decline and referral templates): staff create and edit their region's standard wordings.
import type { ActionState } from "@/lib/forms/action-state";
import { dispatchOp, type UseCase } from "./dispatch-op";
import { createTemplate, editTemplate } from "@/lib/templates/manage-templates";

const OPS = { createTemplate, editTemplate } satisfies Record<string, UseCase>;

/** The steps this action knows: what a step form may name (components/forms/step-actions.ts). */
export type TemplatesOp = keyof typeof OPS;

export async function templatesAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return dispatchOp(OPS, form, { messagePrefix: "templates.done" });
}
