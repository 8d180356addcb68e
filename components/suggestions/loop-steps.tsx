import { getTranslations } from "next-intl/server";
import type { SuggestionStatus } from "@/lib/generated/prisma/enums";
import { PUBLIC_STEPS } from "@/lib/suggestions/workflow";

/** The five public steps, each done, current or still to come, for where the item stands now. */
export async function LoopSteps({ status }: { status: SuggestionStatus }) {
  const t = await getTranslations("track");
  const current = PUBLIC_STEPS.findIndex((s) => (s.statuses as readonly string[]).includes(status));
  return (
    <ol className="grid grid-cols-5 gap-1 text-center text-sm" aria-label={t("steps")}>
      {PUBLIC_STEPS.map((step, i) => {
        const state = status === "CLOSED" || i < current ? "done" : i === current ? "current" : "todo";
        return (
          <li
            key={step.key}
            aria-current={state === "current" ? "step" : undefined}
            className={`rounded-md px-1 py-2 ${state === "done" ? "bg-green-100 text-green-900" : state === "current" ? "bg-brand-600 text-white" : "bg-gray-100 text-muted"}`}
          >
            <span className="block font-medium">{t(`stepNames.${step.key}`)}</span>
            <span className="sr-only">{t(`stepState.${state}`)}</span>
          </li>
        );
      })}
    </ol>
  );
}
