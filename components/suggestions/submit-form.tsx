"use client";
// The submit form. Works as a plain form post (the server action), keeps what was typed when something is
// wrong, and announces errors (U2, U4). The idempotency key comes with the page, so a double click or a
// retried post makes one suggestion (R2).
import { useFormAction } from "@/components/forms/use-form-action";
import { useState, type FormEvent } from "react";
import { useLocale, useTranslations } from "next-intl";
import { submitSuggestionAction } from "@/app/actions/submit-suggestion";
import { recordOnBehalfAction } from "@/app/actions/record-on-behalf";
import { Field } from "@/components/ui/field";
import { DictationButton } from "./dictation-button";
import { SimilarItemsHint } from "./similar-items-hint";
import { Alert } from "@/components/ui/alert";
import { buttonStyles } from "@/components/ui/button-styles";
import { initialActionState } from "@/lib/forms/action-state";
import { PHOTO_LIMITS } from "@/lib/suggestions/upload-limits";

type Option = { id: number; name: string };
type Props = {
  idempotencyKey: string;
  via: "web" | "qr";
  station: { id: number; name: string } | null;
  categories: Option[];
  regions: (Option & { level: string; parentName: string | null })[];
  /** Staff recording for someone else: who they are, how it came in; a station admin picks one of their stations. */
  onBehalf?: { stations: Option[] };
};

const control = "block w-full rounded-md border border-line bg-white px-3 py-2.5 text-base";

export function SubmitSuggestionForm({ idempotencyKey, via, station, categories, regions, onBehalf }: Props) {
  const t = useTranslations();
  const locale = useLocale();
  const [state, action, pending] = useFormAction(
    onBehalf ? recordOnBehalfAction : submitSuggestionAction,
    initialActionState,
  );
  // Too many or too large photos are caught before the upload starts: a body over the server's limit would be
  // refused without a form answer (the server checks again, and answers "文件过大" for anything that gets there).
  const [photoError, setPhotoError] = useState<string | null>(null);
  const checkPhotos = (e: FormEvent<HTMLFormElement>) => {
    const input = e.currentTarget.elements.namedItem("photos");
    const files = input instanceof HTMLInputElement ? [...(input.files ?? [])].filter((f) => f.size > 0) : [];
    const problem =
      files.length > PHOTO_LIMITS.maxFiles
        ? PHOTO_LIMITS.errors.tooMany
        : files.some((f) => f.size > PHOTO_LIMITS.maxBytes)
          ? PHOTO_LIMITS.errors.tooLarge
          : null;
    setPhotoError(problem);
    if (problem) e.preventDefault();
  };
  const v = state.values ?? {};
  // React does not apply a changed defaultValue to a mounted <select>, and resets the form after each answer:
  // keyed by what was sent, a select is made anew with it, so a refused or lost submission keeps its choices.
  const err = (f: string) => (state.fieldErrors?.[f] ? t(`errors.${state.fieldErrors[f]}`) : undefined);
  const describe = (f: string) => (state.fieldErrors?.[f] ? `${f}-error` : undefined);

  return (
    <form action={action} onSubmit={checkPhotos} className="space-y-5" noValidate>
      {state.formError && <Alert tone="error">{t(`errors.${state.formError}`)}</Alert>}
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <input type="hidden" name="via" value={via} />
      {station && <input type="hidden" name="stationId" value={station.id} />}

      {onBehalf && (
        <fieldset className="space-y-4 rounded-md border border-line p-3">
          <legend className="px-1 font-medium">{t("suggest.onBehalfLegend")}</legend>
          <div>
            <label htmlFor="source" className="mb-1 block font-medium">
              {t("suggest.fieldSource")}
            </label>
            <select
              key={`source-${v.source ?? ""}`}
              id="source"
              name="source"
              defaultValue={v.source ?? "WALK_IN"}
              className={control}
              aria-describedby={describe("source")}
            >
              {["WALK_IN", "LETTER", "HOTLINE"].map((s) => (
                <option key={s} value={s}>
                  {t(`source.${s}`)}
                </option>
              ))}
            </select>
            <p id="source-error" aria-live="polite" className="mt-1 text-sm font-medium text-brand-700">
              {err("source")}
            </p>
          </div>
          <Field
            name="proposerName"
            label={t("suggest.fieldProposerName")}
            error={err("proposerName")}
            maxLength={40}
            defaultValue={v.proposerName}
          />
          <Field
            name="proposerPhone"
            label={t("suggest.fieldProposerPhone")}
            hint={t("suggest.proposerPhoneHint")}
            error={err("proposerPhone")}
            type="tel"
            inputMode="numeric"
            maxLength={11}
            defaultValue={v.proposerPhone}
          />
          {onBehalf.stations.length > 0 && (
            <div>
              <label htmlFor="stationId" className="mb-1 block font-medium">
                {t("stations.title")}
              </label>
              <select
                key={`stationId-${v.stationId ?? ""}`}
                id="stationId"
                name="stationId"
                defaultValue={v.stationId ?? String(onBehalf.stations[0].id)}
                className={control}
              >
                {onBehalf.stations.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </select>
            </div>
          )}
        </fieldset>
      )}

      <Field
        name="title"
        label={t("suggest.fieldTitle")}
        hint={t("suggest.titleHint")}
        error={err("title")}
        maxLength={100}
        defaultValue={v.title}
        required
      />

      <div>
        <label htmlFor="content" className="mb-1 block font-medium">
          {t("suggest.fieldContent")}
        </label>
        <textarea
          id="content"
          name="content"
          rows={6}
          maxLength={5000}
          defaultValue={v.content}
          required
          aria-describedby={["content-hint", describe("content")].filter(Boolean).join(" ")}
          aria-invalid={err("content") ? true : undefined}
          className={control}
        />
        <p id="content-hint" className="mt-1 text-sm text-muted">
          {t("suggest.contentHint")}
        </p>
        <DictationButton
          targetId="content"
          lang={locale === "en" ? "en-US" : "zh-CN"}
          labels={{
            start: t("suggest.dictate"),
            stop: t("suggest.dictateStop"),
            listening: t("suggest.dictateListening"),
            failed: t("suggest.dictateFailed"),
          }}
        />
        <p id="content-error" aria-live="polite" className="mt-1 text-sm font-medium text-brand-700">
          {err("content")}
        </p>
      </div>

      {!onBehalf && <SimilarItemsHint stationId={station?.id ?? null} />}

      <div>
        <label htmlFor="categoryId" className="mb-1 block font-medium">
          {t("suggest.fieldCategory")}
        </label>
        <select
          key={`categoryId-${v.categoryId ?? ""}`}
          id="categoryId"
          name="categoryId"
          defaultValue={v.categoryId ?? ""}
          required
          aria-describedby={describe("categoryId")}
          aria-invalid={err("categoryId") ? true : undefined}
          className={control}
        >
          <option value="">{t("suggest.chooseCategory")}</option>
          {categories.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
        <p id="categoryId-error" aria-live="polite" className="mt-1 text-sm font-medium text-brand-700">
          {err("categoryId")}
        </p>
      </div>

      {!station && !onBehalf?.stations.length && (
        <div>
          <label htmlFor="regionId" className="mb-1 block font-medium">
            {t("suggest.fieldRegion")}
          </label>
          <select
            key={`regionId-${v.regionId ?? ""}`}
            id="regionId"
            name="regionId"
            defaultValue={v.regionId ?? ""}
            aria-describedby={describe("stationId")}
            aria-invalid={err("stationId") ? true : undefined}
            className={control}
          >
            <option value="">{t("suggest.chooseRegion")}</option>
            {regions.map((r) => (
              <option key={r.id} value={r.id}>
                {r.level === "TOWNSHIP" && r.parentName ? `${r.parentName} · ${r.name}` : r.name}
              </option>
            ))}
          </select>
          <p id="stationId-error" aria-live="polite" className="mt-1 text-sm font-medium text-brand-700">
            {err("stationId")}
          </p>
        </div>
      )}

      <Field
        name="locationText"
        label={t("suggest.fieldLocation")}
        hint={t("suggest.locationHint")}
        error={err("locationText")}
        maxLength={200}
        defaultValue={v.locationText}
      />

      {!onBehalf && (
        <div>
          <label htmlFor="photos" className="mb-1 block font-medium">
            {t("suggest.fieldPhotos")}
          </label>
          <input
            id="photos"
            name="photos"
            type="file"
            accept="image/jpeg,image/png,image/webp"
            multiple
            aria-describedby="photos-hint photos-error"
            aria-invalid={photoError ? true : undefined}
            onChange={() => setPhotoError(null)}
            className="block w-full text-base"
          />
          <p id="photos-hint" className="mt-1 text-sm text-muted">
            {t("suggest.photosHint")}
          </p>
          <p id="photos-error" aria-live="polite" className="mt-1 text-sm font-medium text-brand-700">
            {photoError ? t(`errors.${photoError}`) : null}
          </p>
        </div>
      )}

      <div className="flex items-start gap-3 rounded-md border border-line bg-paper p-3">
        <input
          id="confidential"
          name="confidential"
          type="checkbox"
          defaultChecked={v.confidential === "on"}
          aria-describedby="confidential-hint"
          className="mt-1 h-5 w-5"
        />
        <div>
          <label htmlFor="confidential" className="font-medium">
            {t("suggest.confidential")}
          </label>
          <p id="confidential-hint" className="text-sm text-muted">
            {t("suggest.confidentialHint")}
          </p>
        </div>
      </div>

      <button type="submit" disabled={pending} className={`${buttonStyles.primary} w-full`}>
        {pending ? t("suggest.submitting") : t("suggest.submit")}
      </button>
    </form>
  );
}
