// The steps a handling unit may take, through its own assignment only.
import { getTranslations } from "next-intl/server";
import type { SuggestionDetail } from "@/lib/suggestions/detail";
import { shanghaiDateOf } from "@/lib/calendar/civil-date";
import { REPLY_FILE_LIMITS } from "@/lib/suggestions/upload-limits";
import { isCurrent } from "@/lib/suggestions/unit-assignment";
import { StepForm } from "@/components/forms/step-form";
import type { OfferedTemplate } from "@/lib/templates/queries";
import { templatePicker } from "./template-picker";
import { ActionsCard } from "./actions-card";

export async function UnitActions({
  s,
  unitId,
  templates = [],
}: {
  s: SuggestionDetail;
  unitId: number | null;
  /** Standard reply wordings (常用语) for this item's region and category. */
  templates?: OfferedTemplate[];
}) {
  const t = await getTranslations();
  const base = { suggestionId: s.id, version: s.version };
  const mine = s.assignments.find((a) => a.unit.id === unitId && isCurrent(a, s.round));
  const forms = [];
  const text = (name: string, label: string) => ({ name, label, kind: "textarea" as const, max: 4000 });

  if (mine?.status === "PENDING") {
    forms.push(
      <StepForm
        area="suggestion"
        key="accept"
        op="unitAccept"
        {...base}
        title={t("ops.unitAcceptTitle")}
        submitLabel={t("ops.unitAccept")}
        confirm={{ question: t("ops.unitAcceptConfirm"), yes: t("ops.unitAccept"), no: t("ops.confirmNo") }}
      />,
    );
  }
  // Until it has sent its reply or opinion, a unit may give a misassigned item back: itself within the return
  // window, after it only with staff's approval.
  const leadBusy = mine?.role === "LEAD" && s.status !== "ASSIGNED" && s.status !== "HANDLING";
  if (mine && (mine.status === "PENDING" || mine.status === "ACCEPTED") && !leadBusy) {
    const windowOpen = !mine.returnBy || mine.returnBy >= new Date();
    const pending = mine.returnRequests.find((r) => r.status === "PENDING");
    const refused = mine.returnRequests.findLast((r) => r.status === "REFUSED");
    const by = mine.returnBy ? shanghaiDateOf(mine.returnBy) : "";
    if (pending) {
      forms.push(
        <p key="retPending" className="text-sm">
          {t("ops.lateReturnPending")}
        </p>,
      );
    } else {
      forms.push(
        <div key="return" className="space-y-2">
          {refused?.decisionNote && (
            <p className="text-sm text-brand-800">{t("ops.lateReturnRefused", { note: refused.decisionNote })}</p>
          )}
          <StepForm
            area="suggestion"
            op={windowOpen ? "unitReturn" : "lateReturn"}
            {...base}
            tone="secondary"
            title={windowOpen ? t("ops.returnTitle") : t("ops.lateReturnTitle")}
            submitLabel={windowOpen ? t("ops.return") : t("ops.lateReturn")}
            fields={[
              {
                ...text("reason", t("form.reason")),
                hint: windowOpen ? t("form.returnBy", { date: by }) : t("form.returnWindowPassed", { date: by }),
              },
            ]}
          />
        </div>,
      );
    }
  }
  if (mine?.role === "CO" && (mine.status === "PENDING" || mine.status === "ACCEPTED")) {
    forms.push(
      <StepForm
        area="suggestion"
        key="co"
        op="coOpinion"
        {...base}
        title={t("ops.coOpinionTitle")}
        submitLabel={t("ops.coOpinion")}
        fields={[text("opinion", t("form.opinion"))]}
      />,
    );
  }
  if (mine?.role === "LEAD" && s.status === "HANDLING") {
    forms.push(
      <StepForm
        area="suggestion"
        key="contact"
        op="contact"
        {...base}
        title={t("ops.contactTitle")}
        submitLabel={t("ops.contact")}
        fields={[
          {
            name: "method",
            label: t("form.contactMethod"),
            kind: "radio",
            options: ["FACE_TO_FACE", "PHONE", "OTHER"].map((m) => ({ value: m, label: t(`contactMethod.${m}`) })),
          },
          {
            name: "occurredOn",
            label: t("form.contactDate"),
            kind: "date",
            hint: t("form.today", { date: shanghaiDateOf(new Date()) }),
          },
          text("content", t("form.contactContent")),
        ]}
      />,
      <StepForm
        area="suggestion"
        key="reply"
        op="reply"
        {...base}
        title={t("ops.replyTitle")}
        submitLabel={t("ops.reply")}
        fields={[
          ...templatePicker(t, templates, "REPLY", "content", "classification"),
          {
            name: "classification",
            label: t("form.replyClass"),
            kind: "radio",
            options: ["A", "B", "C", "D"].map((c) => ({ value: c, label: t(`replyClass.${c}`) })),
          },
          { name: "content", label: t("form.replyContent"), kind: "textarea", max: 8000 },
          { name: "nextCheckOn", label: t("form.nextCheck"), kind: "date", hint: t("form.nextCheckHint") },
          {
            name: "files",
            label: t("form.replyFiles"),
            kind: "files",
            accept: REPLY_FILE_LIMITS.types.join(","),
            limits: REPLY_FILE_LIMITS,
            hint: t("form.replyFilesHint"),
          },
        ]}
      />,
      <StepForm
        area="suggestion"
        key="ext"
        op="extension"
        {...base}
        tone="secondary"
        title={t("ops.requestExtensionTitle")}
        submitLabel={t("ops.requestExtension")}
        fields={[{ name: "until", label: t("form.until"), kind: "date" }, text("reason", t("form.reason"))]}
      />,
    );
  }
  if (mine && s.confidential && ["ASSIGNED", "HANDLING", "REPLIED"].includes(s.status)) {
    forms.push(
      <StepForm
        area="suggestion"
        key="msg"
        op="messageProposer"
        {...base}
        tone="secondary"
        title={t("relay.writeToProposer")}
        submitLabel={t("relay.send")}
        fields={[{ ...text("body", t("relay.message")), hint: t("relay.viaStaffHint") }]}
      />,
      <StepForm
        area="suggestion"
        key="callBack"
        op="requestCallBack"
        {...base}
        tone="secondary"
        title={t("relay.callBackTitle")}
        submitLabel={t("relay.callBackSend")}
        fields={[
          { name: "phone", label: t("relay.callBackPhone"), kind: "text", max: 30, hint: t("relay.callBackHint") },
          { name: "when", label: t("relay.callBackWhen"), kind: "text", max: 100 },
        ]}
      />,
    );
  }
  if (mine && (s.status === "HANDLING" || (s.followUp && !s.followUp.solvedAt))) {
    forms.push(
      <StepForm
        area="suggestion"
        key="progress"
        op="progress"
        {...base}
        tone="secondary"
        title={t("ops.progressTitle")}
        submitLabel={t("ops.progress")}
        fields={[text("content", t("form.progress"))]}
      />,
    );
  }
  return <ActionsCard forms={forms} />;
}
