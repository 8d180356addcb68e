// The photo card of a staff editor (a station, a deputy): the photo as the public sees it, a form to put one up or
// replace it (with what it shows, for people who cannot see it), and taking it down.
import { getTranslations } from "next-intl/server";
import { ActionPanel } from "@/components/suggestions/action-panel";
import { StepForm } from "@/components/forms/step-form";
import { Card } from "@/components/ui/card";
import { PHOTO_ALT_MAX, PUBLIC_PHOTO_LIMITS } from "@/lib/photos/limits";
import { PublicPhoto } from "./public-photo";

export async function PhotoEditor({
  owner,
  ownerId,
  name,
  photo,
}: {
  owner: "station" | "deputy";
  ownerId: number;
  name: string;
  photo: { key: string; alt: string | null; width: number; height: number } | null;
}) {
  const t = await getTranslations("photos");
  const hidden = { owner, ownerId: String(ownerId) };
  return (
    <Card title={t("title")}>
      <div className="grid gap-4 sm:grid-cols-[minmax(0,16rem)_1fr]">
        <div>
          {photo ? (
            <PublicPhoto
              photo={photo}
              fallbackAlt={t("alt", { name })}
              className="h-auto w-full rounded-md border border-line"
            />
          ) : (
            <p className="rounded-md border border-dashed border-line px-3 py-8 text-center text-sm text-muted">
              {t("none")}
            </p>
          )}
        </div>
        <div className="space-y-4">
          <ActionPanel>
            <StepForm
              area="photos"
              op="setPhoto"
              hidden={hidden}
              idPrefix={`${owner}${ownerId}-`}
              submitLabel={photo ? t("replace") : t("upload")}
              fields={[
                {
                  name: "photo",
                  label: t("file"),
                  kind: "files",
                  accept: PUBLIC_PHOTO_LIMITS.types.join(","),
                  required: true,
                  hint: t("fileHint"),
                  limits: PUBLIC_PHOTO_LIMITS,
                },
                {
                  name: "alt",
                  label: t("altLabel"),
                  kind: "text",
                  max: PHOTO_ALT_MAX,
                  hint: t("altHint", { name }),
                  defaultValue: photo?.alt ?? "",
                },
              ]}
            />
          </ActionPanel>
          {photo && (
            <ActionPanel>
              <StepForm
                area="photos"
                op="removePhoto"
                hidden={hidden}
                idPrefix={`${owner}${ownerId}-`}
                tone="secondary"
                submitLabel={t("remove")}
              />
            </ActionPanel>
          )}
        </div>
      </div>
    </Card>
  );
}
