"use client";
import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { unmaskPhoneAction } from "@/app/actions/unmask-phone";

/** Shows the masked number; staff may reveal it, which is recorded in the audit log. */
export function UnmaskPhone({ suggestionId, masked }: { suggestionId: number; masked: string }) {
  const t = useTranslations();
  const [phone, setPhone] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  return (
    <span>
      <span data-testid="proposer-phone">{phone ?? masked}</span>
      {!phone && (
        <button
          type="button"
          disabled={pending}
          className="ml-2 text-sm text-brand-700 underline underline-offset-4"
          onClick={() =>
            start(async () => {
              const r = await unmaskPhoneAction(suggestionId);
              if (r.phone) setPhone(r.phone);
              else setError(t(`errors.${r.error ?? "generic"}`));
            })
          }
        >
          {t("detail.unmask")}
        </button>
      )}
      {error && (
        <span role="alert" className="ml-2 text-sm text-brand-700">
          {error}
        </span>
      )}
    </span>
  );
}
