"use client";
// "Stations near me": asks the browser for the resident's position only when they press the button, computes the
// distances here in the browser against the public station points, and keeps the position nowhere: it is not
// sent to the server, not put in the address, not stored. The browser's position is WGS-84 and the stations'
// GCJ-02; a few hundred metres apart, which does not change which stations are near.
import Link from "next/link";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { buttonStyles } from "@/components/ui/button-styles";
import type { MapPoint } from "@/lib/stations/queries";

const NEAREST = 5;

function km(a: { lat: number; lng: number }, lat: number, lng: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat - a.lat) * rad;
  const dLng = (lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

type Near = { id: number; name: string; km: number };

export function NearMe({ pointsUrl }: { pointsUrl: string }) {
  const t = useTranslations("stations.near");
  const [state, setState] = useState<"idle" | "asking" | "denied" | "unsupported" | "done">("idle");
  const [near, setNear] = useState<Near[]>([]);

  function find() {
    if (!("geolocation" in navigator)) return setState("unsupported");
    setState("asking");
    navigator.geolocation.getCurrentPosition(
      async (pos) => {
        const here = { lat: pos.coords.latitude, lng: pos.coords.longitude };
        const { points } = (await (await fetch(pointsUrl)).json()) as { points: MapPoint[] };
        setNear(
          points
            .map(([id, lat, lng, name]) => ({ id, name, km: km(here, lat, lng) }))
            .sort((a, b) => a.km - b.km)
            .slice(0, NEAREST),
        );
        setState("done");
      },
      () => setState("denied"),
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 300_000 },
    );
  }

  return (
    <section aria-labelledby="near-me-title" className="mb-5 rounded-lg border border-line bg-white p-4">
      <h2 id="near-me-title" className="font-semibold">
        {t("title")}
      </h2>
      <p className="mt-1 text-sm text-muted">{t("privacy")}</p>
      <button type="button" onClick={find} disabled={state === "asking"} className={`${buttonStyles.secondary} mt-2`}>
        {state === "asking" ? t("asking") : t("button")}
      </button>
      <div aria-live="polite">
        {state === "denied" && <p className="mt-2 text-sm">{t("denied")}</p>}
        {state === "unsupported" && <p className="mt-2 text-sm">{t("unsupported")}</p>}
        {state === "done" &&
          (near.length === 0 ? (
            <p className="mt-2 text-sm">{t("none")}</p>
          ) : (
            <ol className="mt-2 space-y-1">
              {near.map((n) => (
                <li key={n.id}>
                  <Link href={`/stations/${n.id}`} className="text-brand-700 underline">
                    {n.name}
                  </Link>{" "}
                  <span className="text-sm text-muted">{t("distance", { km: n.km.toFixed(1) })}</span>
                </li>
              ))}
            </ol>
          ))}
      </div>
    </section>
  );
}
