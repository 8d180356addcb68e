"use server";
// Every Excel import's two steps (upload, then confirm) and the accounts import's one-time passwords. The use cases
// check role, scope and input themselves; the upload goes on to the import's own page, where the preview appears.
import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/current-actor";
import type { ActionState } from "@/lib/forms/action-state";
import { formValues, runFormAction } from "@/lib/forms/run-action";
import { currentClientInfo } from "@/lib/http/client-info";
import { confirmImport } from "@/lib/import/confirm-import";
import { IMPORT_PATHS, isImportKind } from "@/lib/import/kinds";
import { uploadImport } from "@/lib/import/upload-import";
import { revealImportPasswords, type IssuedImportPassword } from "@/lib/users/import/reveal-passwords";
import { dispatchOp } from "./dispatch-op";

/** The steps this action knows: what a step form may name (components/forms/step-actions.ts). */
export type ImportsOp = "uploadImport" | "confirmImport";

export async function importsAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  if (form.get("op") === "uploadImport") return upload(form);
  return dispatchOp({ confirmImport }, form, { messagePrefix: "imports.done" });
}

async function upload(form: FormData): Promise<ActionState> {
  const { kind, ...values } = formValues(form);
  delete values.op;
  let to: string | undefined;
  const state = await runFormAction(values, async () => {
    const actor = await getActor();
    if (!actor) return { formError: "unauthenticated" };
    if (!isImportKind(kind)) return { formError: "invalid" };
    const file = form.get("file");
    if (!(file instanceof File) || file.size === 0) return { fieldErrors: { file: "importFile.empty" } };
    const bytes = new Uint8Array(await file.arrayBuffer());
    const { id } = await uploadImport(actor, kind, { fileName: file.name, bytes }, await currentClientInfo());
    to = `${IMPORT_PATHS[kind].home}/${id}`;
    return { ok: true };
  });
  if (to) redirect(to);
  return state;
}

export type RevealState = ActionState & { passwords?: IssuedImportPassword[] };

/** The accounts import's one-time passwords, in this response only (docs/decisions/0053). */
export async function revealPasswordsAction(_prev: RevealState, form: FormData): Promise<RevealState> {
  const values = formValues(form);
  return runFormAction(values, async () => {
    const actor = await getActor();
    if (!actor) return { formError: "unauthenticated" };
    const passwords = await revealImportPasswords(actor, values, await currentClientInfo());
    return { ok: true, passwords };
  });
}
