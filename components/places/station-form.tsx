"use client";
// Create or edit a station: the register fields, the tree (家—站—点) and the map point, typed or clicked on the
// map. The server checks everything again (scope, tree, plausible point); this form only helps.
import { useState } from "react";
import { placesAction, type PlacesOp } from "@/app/actions/places";
import { OpInput } from "@/components/forms/op-input";
import { Alert } from "@/components/ui/alert";
import { buttonStyles } from "@/components/ui/button-styles";
import { useAnnouncedAction } from "@/components/ui/use-announced-action";
import { PointPicker } from "./point-picker";

type Option = { value: string; label: string };
export type StationFormValues = Partial<
  Record<
    | "code"
    | "name"
    | "kind"
    | "parentId"
    | "regionId"
    | "address"
    | "lat"
    | "lng"
    | "openingHours"
    | "contactName"
    | "contactPhone"
    | "intro",
    string
  >
>;

const control = "block w-full rounded-md border border-line bg-white px-3 py-2 text-base";

export function StationForm({
  stationId,
  initial,
  regions,
  parents,
  tiles,
  others,
}: {
  stationId?: number;
  initial: StationFormValues;
  regions: Option[];
  parents: Option[];
  tiles: { url: string; subdomains: string; attribution: string } | null;
  others: { lat: number; lng: number }[];
}) {
  const { t, action, pending, values, err, formError } = useAnnouncedAction(placesAction);
  const v = (k: keyof StationFormValues) => values[k] ?? initial[k] ?? "";
  const [lat, setLat] = useState(v("lat"));
  const [lng, setLng] = useState(v("lng"));
  const point = lat && lng && Number.isFinite(+lat) && Number.isFinite(+lng) ? { lat: +lat, lng: +lng } : null;
  const op: PlacesOp = stationId ? "editStation" : "createStation";
  const id = (name: string) => `${op}-${name}`;
  const described = (name: string) => (err(name) ? `${id(name)}-error` : undefined);
  const error = (name: string) => (
    <p id={`${id(name)}-error`} aria-live="polite" className="mt-1 text-sm font-medium text-brand-700">
      {err(name)}
    </p>
  );
  const text = (name: keyof StationFormValues, max: number, hint?: string) => (
    <div>
      <label htmlFor={id(name)} className="mb-1 block font-medium">
        {t(`places.form.${name}`)}
      </label>
      <input
        id={id(name)}
        name={name}
        maxLength={max}
        defaultValue={v(name)}
        className={control}
        aria-invalid={err(name) ? true : undefined}
        aria-describedby={described(name)}
      />
      {hint && <p className="mt-1 text-sm text-muted">{hint}</p>}
      {error(name)}
    </div>
  );
  const select = (name: keyof StationFormValues, options: Option[], hint?: string) => (
    <div>
      <label htmlFor={id(name)} className="mb-1 block font-medium">
        {t(`places.form.${name}`)}
      </label>
      <select
        id={id(name)}
        name={name}
        defaultValue={v(name)}
        className={control}
        aria-invalid={err(name) ? true : undefined}
        aria-describedby={described(name)}
      >
        <option value="">—</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {hint && <p className="mt-1 text-sm text-muted">{hint}</p>}
      {error(name)}
    </div>
  );
  const kinds = ["HOME", "STATION", "POINT"].map((k) => ({ value: k, label: t(`places.form.kinds.${k}`) }));

  return (
    <form action={action} className="space-y-4" noValidate>
      {formError && <Alert tone="error">{formError}</Alert>}
      <OpInput<PlacesOp> op={op} />
      {stationId && <input type="hidden" name="stationId" value={stationId} />}
      <div className="grid gap-4 sm:grid-cols-2">
        {text("code", 30, t("places.form.codeHint"))}
        {text("name", 80)}
        {select("kind", kinds)}
        {select("parentId", parents, t("places.form.parentHint"))}
        {select("regionId", regions)}
        {text("address", 200)}
      </div>
      <fieldset className="space-y-2">
        <legend className="font-medium">{t("places.form.point")}</legend>
        <p className="text-sm text-muted">{t("places.form.pointHint")}</p>
        <PointPicker
          tiles={tiles}
          point={point}
          others={others}
          label={t("places.form.mapLabel")}
          onPick={(p) => {
            setLat(String(p.lat));
            setLng(String(p.lng));
          }}
        />
        <div className="grid grid-cols-2 gap-4">
          {(["lat", "lng"] as const).map((name) => (
            <div key={name}>
              <label htmlFor={id(name)} className="mb-1 block font-medium">
                {t(`places.form.${name}`)}
              </label>
              <input
                id={id(name)}
                name={name}
                inputMode="decimal"
                value={name === "lat" ? lat : lng}
                onChange={(e) => (name === "lat" ? setLat : setLng)(e.target.value)}
                className={control}
                aria-invalid={err(name) ? true : undefined}
                aria-describedby={described(name)}
              />
              {error(name)}
            </div>
          ))}
        </div>
      </fieldset>
      <div className="grid gap-4 sm:grid-cols-2">
        {text("openingHours", 200)}
        {text("contactName", 40)}
        {text("contactPhone", 30, t("places.form.contactPhoneHint"))}
      </div>
      <div>
        <label htmlFor={id("intro")} className="mb-1 block font-medium">
          {t("places.form.intro")}
        </label>
        <textarea
          id={id("intro")}
          name="intro"
          rows={4}
          maxLength={2000}
          defaultValue={v("intro")}
          className={control}
        />
        {error("intro")}
      </div>
      <button type="submit" disabled={pending} className={buttonStyles.primary}>
        {stationId ? t("places.form.save") : t("places.form.create")}
      </button>
    </form>
  );
}
