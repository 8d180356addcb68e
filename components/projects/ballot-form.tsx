"use client";
// The deputy's ballot on a phone: one row per candidate with 赞成 / 反对 / 弃权 as large radio buttons, a live count
// of 赞成 against N (more are refused here and again on the server), a confirmation before casting, and the
// receipt code shown once afterwards.
import { useFormAction } from "@/components/forms/use-form-action";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { castBallotAction, type BallotState } from "@/app/actions/project-ballot";
import { Alert } from "@/components/ui/alert";
import { buttonStyles } from "@/components/ui/button-styles";

/** `meta`: the department and cost, already worded on the server. */
type Candidate = { id: number; title: string; description: string; meta: string };
const CHOICES = ["YES", "NO", "ABSTAIN"] as const;

export function BallotForm({
  roundId,
  places,
  candidates,
}: {
  roundId: number;
  places: number;
  candidates: Candidate[];
}) {
  const t = useTranslations("projects.ballot");
  const te = useTranslations("errors");
  const [state, action, pending] = useFormAction<BallotState>(castBallotAction, {});
  const [marks, setMarks] = useState<Record<number, string>>({});
  const yes = Object.values(marks).filter((m) => m === "YES").length;
  const complete = candidates.every((c) => marks[c.id]);

  if (state.receipt) {
    return (
      <section aria-labelledby="receipt-title" className="rounded-lg border border-green-300 bg-green-50 p-5">
        <h2 id="receipt-title" className="text-xl font-semibold text-green-900">
          {t("receiptTitle")}
        </h2>
        <p className="mt-2">{t("receiptText")}</p>
        <p
          data-testid="ballot-receipt"
          className="mt-4 whitespace-nowrap rounded-md bg-white px-2 py-3 text-center font-mono text-xl tracking-wide"
        >
          {state.receipt.match(/.{1,4}/g)!.join("-")}
        </p>
      </section>
    );
  }
  return (
    <form
      action={action}
      className="space-y-4"
      onSubmit={(e) => {
        if (!window.confirm(t("confirm"))) e.preventDefault();
      }}
    >
      <input type="hidden" name="roundId" value={roundId} />
      {state.formError && <Alert tone="error">{te(state.formError, { places })}</Alert>}
      <p
        aria-live="polite"
        className={`sticky top-0 z-10 rounded-md border px-3 py-2 font-medium ${
          yes > places ? "border-brand-600 bg-brand-50 text-brand-800" : "border-line bg-white"
        }`}
      >
        {t("yesCount", { n: yes, places })}
      </p>
      <ol className="space-y-3">
        {candidates.map((c, i) => (
          <li key={c.id} className="rounded-lg border border-line bg-white p-4">
            <fieldset>
              <legend className="font-semibold">
                {i + 1}. {c.title}
              </legend>
              <p className="mt-1 text-sm text-muted">{c.meta}</p>
              <p className="mt-1 text-sm">{c.description}</p>
              <div className="mt-3 grid grid-cols-3 gap-2">
                {CHOICES.map((ch) => (
                  <label
                    key={ch}
                    className={`flex min-h-11 cursor-pointer items-center justify-center gap-2 rounded-md border px-2 text-base has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50 has-[:checked]:font-semibold ${
                      ch === "YES" && yes >= places && marks[c.id] !== "YES" ? "opacity-50" : ""
                    }`}
                  >
                    <input
                      type="radio"
                      name={`c${c.id}`}
                      value={ch}
                      required
                      className="h-5 w-5"
                      disabled={ch === "YES" && yes >= places && marks[c.id] !== "YES"}
                      onChange={() => setMarks((m) => ({ ...m, [c.id]: ch }))}
                    />
                    {t(ch)}
                  </label>
                ))}
              </div>
            </fieldset>
          </li>
        ))}
      </ol>
      <button
        type="submit"
        disabled={pending || !complete || yes > places}
        className={`${buttonStyles.primary} w-full`}
      >
        {t("submit")}
      </button>
    </form>
  );
}
