// The steps committee staff may take on an item at its current stage.
import { getTranslations } from "next-intl/server";
import type { SuggestionDetail } from "@/lib/suggestions/detail";
import { StepForm } from "@/components/forms/step-form";
import type { OfferedTemplate } from "@/lib/templates/queries";
import { templatePicker } from "./template-picker";
import { ActionsCard } from "./actions-card";

type Props = {
  s: SuggestionDetail;
  units: { id: number; name: string }[];
  /** The category's default lead unit: preselected and named as a hint; staff still choose. */
  defaultUnit?: { id: number; name: string } | null;
  similar: { id: number; trackingCode: string; title: string }[];
  deputies: { id: number; name: string }[];
  /** Standard decline and referral wordings (常用语) for this item's region and category. */
  templates?: OfferedTemplate[];
  /** The signed-in staff member's name: who made the callback, unless they say otherwise. */
  staffName?: string;
};

export async function StaffActions({ s, units, defaultUnit, similar, deputies, templates = [], staffName }: Props) {
  const t = await getTranslations();
  const base = { suggestionId: s.id, version: s.version };
  const reason = { name: "reason", label: t("form.reason"), kind: "textarea" as const, max: 1000 };
  const triage = s.status === "SUBMITTED" || s.status === "ACCEPTED";
  const pendingExtensions = s.assignments.flatMap((a) =>
    a.extensions.filter((e) => e.status === "PENDING").map((e) => ({ ...e, unit: a.unit.name })),
  );
  const forms = [];

  if (s.status === "SUBMITTED")
    forms.push(
      <StepForm
        area="suggestion"
        key="accept"
        op="accept"
        {...base}
        title={t("ops.acceptTitle")}
        submitLabel={t("ops.accept")}
      />,
    );
  if (s.status === "ACCEPTED") {
    const unitOptions = units.map((u) => ({ value: String(u.id), label: u.name }));
    forms.push(
      <StepForm
        area="suggestion"
        key="assign"
        op="assign"
        {...base}
        title={t("ops.assignTitle")}
        submitLabel={t("ops.assign")}
        confirm={{ question: t("ops.assignConfirm"), yes: t("ops.assign"), no: t("ops.confirmNo") }}
        fields={[
          {
            name: "leadUnitId",
            label: t("form.leadUnit"),
            kind: "select",
            options: unitOptions,
            ...(defaultUnit && units.some((u) => u.id === defaultUnit.id)
              ? { defaultValue: String(defaultUnit.id), hint: t("places.assignHint", { name: defaultUnit.name }) }
              : {}),
          },
          { name: "coUnitIds", label: t("form.coUnits"), kind: "checkboxes", options: unitOptions },
        ]}
      />,
    );
  }
  if (triage) {
    forms.push(
      <StepForm
        area="suggestion"
        key="decline"
        op="decline"
        {...base}
        tone="secondary"
        title={t("ops.declineTitle")}
        submitLabel={t("ops.decline")}
        fields={[
          ...templatePicker(t, templates, "DECLINE", "reason"),
          reason,
          ...templatePicker(t, templates, "REFERRAL", "referral"),
          { name: "referral", label: t("form.referral"), kind: "text", max: 300, hint: t("form.referralHint") },
        ]}
      />,
      <StepForm
        area="suggestion"
        key="merge"
        op="merge"
        {...base}
        tone="secondary"
        title={t("ops.mergeTitle")}
        submitLabel={t("ops.merge")}
        fields={[
          {
            name: "targetCode",
            label: t("form.targetCode"),
            kind: "text",
            max: 8,
            hint: similar.length
              ? `${t("form.similar")}：${similar.map((x) => `${x.trackingCode}「${x.title}」`).join("；")}`
              : undefined,
          },
        ]}
      />,
    );
  }
  if (triage && deputies.length > 0) {
    forms.push(
      <StepForm
        area="suggestion"
        key="raise"
        op="raise"
        {...base}
        tone="secondary"
        title={t("ops.raiseTitle")}
        submitLabel={t("ops.raise")}
        fields={[
          {
            name: "deputyId",
            label: t("form.deputy"),
            kind: "select",
            options: deputies.map((d) => ({ value: String(d.id), label: d.name })),
          },
          { name: "title", label: t("form.formalTitle"), kind: "text", max: 100, hint: t("form.formalTitleHint") },
        ]}
      />,
    );
  }
  if (s.status === "REPLIED") {
    forms.push(
      <StepForm
        area="suggestion"
        key="send"
        op="sendReply"
        {...base}
        title={t("ops.sendReplyTitle")}
        submitLabel={t("ops.sendReply")}
        confirm={{ question: t("ops.sendReplyConfirm"), yes: t("ops.sendReply"), no: t("ops.confirmNo") }}
      />,
      <StepForm
        area="suggestion"
        key="rework"
        op="rework"
        {...base}
        tone="secondary"
        title={t("ops.reworkTitle")}
        submitLabel={t("ops.rework")}
        fields={[reason]}
      />,
    );
  }
  for (const e of pendingExtensions) {
    const label = t("ops.extensionTitle", { unit: e.unit, date: e.requestedDueAt.toISOString().slice(0, 10) });
    forms.push(
      <div key={`ext${e.id}`} className="space-y-2">
        <p className="text-sm">
          {label}：{e.reason}
        </p>
        <div className="flex gap-2">
          <StepForm
            area="suggestion"
            op="decideExtension"
            {...base}
            hidden={{ requestId: String(e.id), approve: "yes" }}
            submitLabel={t("ops.approve")}
          />
          <StepForm
            area="suggestion"
            op="decideExtension"
            {...base}
            tone="secondary"
            hidden={{ requestId: String(e.id), approve: "no" }}
            submitLabel={t("ops.refuse")}
          />
        </div>
      </div>,
    );
  }
  const pendingReturns = s.assignments.flatMap((a) =>
    a.returnRequests.filter((r) => r.status === "PENDING").map((r) => ({ ...r, unit: a.unit.name })),
  );
  for (const r of pendingReturns) {
    forms.push(
      <div key={`ret${r.id}`} className="space-y-2">
        <h3 className="font-semibold">{t("ops.lateReturnDecisionTitle", { unit: r.unit })}</h3>
        <p className="text-sm">{r.reason}</p>
        <StepForm
          area="suggestion"
          op="decideReturn"
          idPrefix={`y${r.id}-`}
          {...base}
          hidden={{ requestId: String(r.id), approve: "yes" }}
          submitLabel={t("ops.approveReturn")}
        />
        <StepForm
          area="suggestion"
          op="decideReturn"
          idPrefix={`n${r.id}-`}
          {...base}
          tone="secondary"
          hidden={{ requestId: String(r.id), approve: "no" }}
          submitLabel={t("ops.refuseReturn")}
          fields={[
            {
              name: "note",
              label: t("form.refusalNote"),
              kind: "textarea",
              max: 1000,
              hint: t("form.refusalNoteHint"),
            },
          ]}
        />
      </div>,
    );
  }
  if (s.status === "ASSIGNED" || s.status === "HANDLING") {
    forms.push(
      <StepForm
        area="suggestion"
        key="withdraw"
        op="withdraw"
        {...base}
        tone="secondary"
        title={t("ops.withdrawTitle")}
        submitLabel={t("ops.withdraw")}
        fields={[{ ...reason, hint: t("form.withdrawHint") }]}
      />,
    );
  }
  if (s.followUp && !s.followUp.solvedAt) {
    forms.push(
      <StepForm
        area="suggestion"
        key="solved"
        op="followUpSolved"
        {...base}
        title={t("ops.followUpTitle", { date: s.followUp.nextCheckAt.toISOString().slice(0, 10) })}
        submitLabel={t("ops.followUpSolved")}
      />,
    );
  }

  // 回访: the proposer rated by phone (they cannot rate online); staff record who called, when and what was said.
  if (s.status === "FED_BACK") {
    forms.push(
      <StepForm
        area="suggestion"
        key="callback"
        op="callback"
        {...base}
        tone="secondary"
        title={t("callback.title")}
        submitLabel={t("callback.submit")}
        fields={[
          {
            name: "result",
            label: t("callback.result"),
            kind: "radio",
            options: ["SATISFIED", "BASICALLY_SATISFIED", "UNSATISFIED"].map((r) => ({
              value: r,
              label: t(`evaluation.${r}`),
            })),
          },
          { name: "callerName", label: t("callback.caller"), kind: "text", max: 40, defaultValue: staffName },
          { name: "calledAt", label: t("callback.calledAt"), kind: "datetime-local", hint: t("callback.calledAtHint") },
          { name: "callNote", label: t("callback.note"), kind: "textarea", max: 1000, hint: t("callback.noteHint") },
        ]}
      />,
    );
  }
  return <ActionsCard forms={forms} />;
}
