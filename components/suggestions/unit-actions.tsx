// The steps a handling unit may take, through its own assignment only.
import { getTranslations } from "next-intl/server";
import type { SuggestionDetail } from "@/lib/suggestions/detail";
import { shanghaiDateOf } from "@/lib/calendar/civil-date";
import { OpForm } from "./op-form";
import { ActionsCard } from "./actions-card";

export async function UnitActions({ s, unitId }: { s: SuggestionDetail; unitId: number | null }) {
  const t = await getTranslations();
  const base = { suggestionId: s.id, version: s.version };
  const mine = s.assignments.find((a) => a.unit.id === unitId && a.round === s.round && a.status !== "RETURNED" && a.status !== "WITHDRAWN");
  const forms = [];
  const text = (name: string, label: string) => ({ name, label, kind: "textarea" as const, max: 4000 });

  if (mine?.status === "PENDING") {
    forms.push(
      <OpForm key="accept" op="unitAccept" {...base} title={t("ops.unitAcceptTitle")} submitLabel={t("ops.unitAccept")} />,
      <OpForm key="return" op="unitReturn" {...base} tone="secondary" title={t("ops.returnTitle")} submitLabel={t("ops.return")} fields={[text("reason", t("form.reason"))]} />,
    );
  }
  if (mine?.role === "CO" && (mine.status === "PENDING" || mine.status === "ACCEPTED")) {
    forms.push(<OpForm key="co" op="coOpinion" {...base} title={t("ops.coOpinionTitle")} submitLabel={t("ops.coOpinion")} fields={[text("opinion", t("form.opinion"))]} />);
  }
  if (mine?.role === "LEAD" && s.status === "HANDLING") {
    forms.push(
      <OpForm key="contact" op="contact" {...base} title={t("ops.contactTitle")} submitLabel={t("ops.contact")}
        fields={[
          { name: "method", label: t("form.contactMethod"), kind: "radio", options: ["FACE_TO_FACE", "PHONE", "OTHER"].map((m) => ({ value: m, label: t(`contactMethod.${m}`) })) },
          { name: "occurredOn", label: t("form.contactDate"), kind: "date", hint: t("form.today", { date: shanghaiDateOf(new Date()) }) },
          text("content", t("form.contactContent")),
        ]} />,
      <OpForm key="reply" op="reply" {...base} title={t("ops.replyTitle")} submitLabel={t("ops.reply")}
        fields={[
          { name: "classification", label: t("form.replyClass"), kind: "radio", options: ["A", "B", "C", "D"].map((c) => ({ value: c, label: t(`replyClass.${c}`) })) },
          { name: "content", label: t("form.replyContent"), kind: "textarea", max: 8000 },
          { name: "nextCheckOn", label: t("form.nextCheck"), kind: "date", hint: t("form.nextCheckHint") },
        ]} />,
      <OpForm key="ext" op="extension" {...base} tone="secondary" title={t("ops.requestExtensionTitle")} submitLabel={t("ops.requestExtension")}
        fields={[{ name: "until", label: t("form.until"), kind: "date" }, text("reason", t("form.reason"))]} />,
    );
  }
  if (mine && (s.status === "HANDLING" || (s.followUp && !s.followUp.solvedAt))) {
    forms.push(<OpForm key="progress" op="progress" {...base} tone="secondary" title={t("ops.progressTitle")} submitLabel={t("ops.progress")} fields={[text("content", t("form.progress"))]} />);
  }
  return <ActionsCard forms={forms} />;
}
