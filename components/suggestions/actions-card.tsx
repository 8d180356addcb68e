import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { Card, EmptyState } from "@/components/ui/card";
import { ActionPanel } from "./action-panel";

/** The card holding the steps a viewer may take now, or saying there are none. */
export async function ActionsCard({ forms }: { forms: ReactNode[] }) {
  const t = await getTranslations("detail");
  return (
    <Card title={t("actions")}>
      <ActionPanel>
        {forms.length === 0 ? <EmptyState>{t("noActions")}</EmptyState> : <div className="space-y-6">{forms}</div>}
      </ActionPanel>
    </Card>
  );
}
