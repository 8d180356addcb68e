"use client";
// useActionState for every form, plus the one failure a server action cannot report itself: the request never got
// an answer from the portal (the instance died with the post in flight, the balancer answered 502, the network
// dropped). The form then says plainly that nothing was saved and to try again, and keeps what was typed, instead
// of the page's error boundary replacing it. The server side guarantees the "nothing was saved": one transaction
// per action, and a retry after an unknown outcome is caught by the idempotency keys (R3).
import { useActionState } from "react";
import { unstable_rethrow } from "next/navigation";
import type { ActionState } from "@/lib/forms/action-state";

function typedValues(form: FormData): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of form.entries()) if (typeof v === "string" && !k.startsWith("$")) out[k] = v;
  return out;
}

export function useFormAction<S extends ActionState>(
  serverAction: (prev: S, form: FormData) => Promise<S>,
  initial: Awaited<S>,
) {
  return useActionState<S, FormData>(async (prev, form) => {
    try {
      return await serverAction(prev, form);
    } catch (e) {
      unstable_rethrow(e); // a redirect or not-found from the action is Next's to handle
      return { formError: "unavailable", values: typedValues(form) } as S;
    }
  }, initial);
}
