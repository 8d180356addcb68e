"use client";
// The one way a step form runs its server action: the result's confirmation is announced in the surrounding
// action panel before React commits the refreshed page (in which the form may no longer exist), and field and
// form errors come back translated, with what the person typed kept for another try.
import { useFormAction } from "@/components/forms/use-form-action";
import { useTranslations } from "next-intl";
import { useAnnounce } from "@/components/suggestions/action-panel";
import { initialActionState, type ActionState } from "@/lib/forms/action-state";

export function useAnnouncedAction(serverAction: (prev: ActionState, form: FormData) => Promise<ActionState>) {
  const t = useTranslations();
  const announce = useAnnounce();
  const run = async (prev: ActionState, form: FormData) => {
    const next = await serverAction(prev, form);
    announce(next.ok && next.message ? t(next.message) : "");
    return next;
  };
  const [state, action, pending] = useFormAction(run, initialActionState);
  const values = state.ok ? {} : (state.values ?? {});
  const err = (name: string) => (state.fieldErrors?.[name] ? t(`errors.${state.fieldErrors[name]}`) : undefined);
  const formError = state.formError ? t(`errors.${state.formError}`, state.formErrorParams) : undefined;
  return { t, state, action, pending, values, err, formError };
}
