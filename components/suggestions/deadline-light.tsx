// An item's deadline light on its own page, in words with the due date ("逾期 · 2026年9月3日 到期").
import type { ReactNode } from "react";
import { getFormatter, getTranslations } from "next-intl/server";
import type { SuggestionStatus } from "@/lib/generated/prisma/enums";
import { itemLight } from "@/lib/suggestions/deadline-light";
import { LightBadge } from "./light-badge";

/** `fallback`: what to show instead once the item is finished (the light no longer applies). */
export async function DeadlineLight({
  dueAt,
  status,
  fallback = null,
}: {
  dueAt: Date | null;
  status: SuggestionStatus;
  fallback?: ReactNode;
}) {
  const shown = await itemLight(dueAt, status);
  if (!shown || !dueAt) return fallback;
  const [t, format] = await Promise.all([getTranslations("light"), getFormatter()]);
  return (
    <span data-testid="deadline-light">
      <LightBadge
        light={shown}
        label={t(shown)}
        detail={t("due", { date: format.dateTime(dueAt, { dateStyle: "medium" }) })}
      />
    </span>
  );
}
