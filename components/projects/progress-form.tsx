// The progress report form (the responsible department, or staff on its behalf): percentage, what was done, the
// milestone reached, and up to three photos, checked in the browser before upload and re-encoded on the server.
import { getTranslations } from "next-intl/server";
import { StepForm } from "@/components/forms/step-form";
import { PROGRESS_PHOTO_LIMITS } from "@/lib/projects/photo-limits";

export async function ProgressForm({
  candidateId,
  milestones,
  percent,
  submitLabel,
}: {
  candidateId: number;
  /** The milestones not yet done. */
  milestones: { id: number; title: string; dueOn: string }[];
  percent: number;
  submitLabel: string;
}) {
  const t = await getTranslations("delivery.fields");
  return (
    <StepForm
      area="delivery"
      op="reportProgress"
      idPrefix={`pr${candidateId}-`}
      hidden={{ candidateId: String(candidateId) }}
      submitLabel={submitLabel}
      fields={[
        { name: "percent", label: t("percent"), kind: "number", required: true, defaultValue: String(percent) },
        { name: "text", label: t("text"), kind: "textarea", required: true, max: 2000 },
        {
          name: "milestoneId",
          label: t("milestoneId"),
          kind: "select",
          options: milestones.map((m) => ({ value: String(m.id), label: `${m.dueOn} ${m.title}` })),
        },
        {
          name: "photos",
          label: t("photos"),
          kind: "files",
          accept: PROGRESS_PHOTO_LIMITS.types.join(","),
          hint: t("photosHint"),
          limits: PROGRESS_PHOTO_LIMITS,
        },
      ]}
    />
  );
}
