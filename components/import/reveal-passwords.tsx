"use client";
// The accounts import's one-time passwords: fetched by a button, shown in this response only, and gone from the
// server as they are shown (docs/decisions/0053). A reload shows nothing; leaving the page loses them.
import { useFormAction } from "@/components/forms/use-form-action";
import { useTranslations } from "next-intl";
import { revealPasswordsAction, type RevealState } from "@/app/actions/imports";
import { Alert } from "@/components/ui/alert";
import { buttonStyles } from "@/components/ui/button-styles";

export function RevealPasswords({ importId, count, waiting }: { importId: string; count: number; waiting: boolean }) {
  const t = useTranslations("imports.passwords");
  const te = useTranslations("errors");
  const [state, action, pending] = useFormAction<RevealState>(revealPasswordsAction, {});
  if (state.passwords)
    return (
      <section aria-labelledby="otp-title" className="space-y-3 rounded-lg border-2 border-amber-400 bg-amber-50 p-4">
        <h2 id="otp-title" className="text-lg font-semibold">
          {t("title")}
        </h2>
        <p className="text-sm">{t("shown")}</p>
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead>
              <tr className="border-b border-line">
                <th scope="col" className="px-2 py-1">
                  {t("username")}
                </th>
                <th scope="col" className="px-2 py-1">
                  {t("name")}
                </th>
                <th scope="col" className="px-2 py-1">
                  {t("password")}
                </th>
              </tr>
            </thead>
            <tbody>
              {state.passwords.map((p) => (
                <tr key={p.username} className="border-b border-line">
                  <td className="px-2 py-1 font-mono">{p.username}</td>
                  <td className="px-2 py-1">{p.name}</td>
                  <td className="px-2 py-1 font-mono tracking-wider select-all" data-testid="one-time-password">
                    {p.password}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    );
  if (!waiting) return <Alert tone="info">{t("gone")}</Alert>;
  return (
    <form action={action} className="space-y-3 rounded-lg border-2 border-amber-400 bg-amber-50 p-4">
      <h2 className="text-lg font-semibold">{t("title")}</h2>
      <p className="text-sm">{t("intro", { count })}</p>
      {state.formError && <Alert tone="error">{te(state.formError)}</Alert>}
      <input type="hidden" name="importId" value={importId} />
      <button type="submit" className={buttonStyles.primary} disabled={pending}>
        {t("reveal")}
      </button>
    </form>
  );
}
