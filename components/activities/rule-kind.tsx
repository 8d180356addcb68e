// On the rubric: which duty-activity kind a rule pays for (nothing for the reception and suggestion rules).
import { getTranslations } from "next-intl/server";
import { kindOfRule } from "@/lib/activities/kinds";

export async function RuleKind({ code }: { code: string }) {
  const kind = kindOfRule(code);
  if (!kind) return null;
  const t = await getTranslations("activities");
  return <p className="text-sm text-muted">{t("rubricKind", { kind: t(`kind.${kind}`) })}</p>;
}
