"use client";
// The map beside the station form: a click sets the point (GCJ-02, like the AMap tiles), the region's other
// stations show as grey dots for orientation. Leaflet loads only when the form is shown; with tiles off or
// unreachable, the typed latitude and longitude still work.
import { useEffect, useRef } from "react";
import "leaflet/dist/leaflet.css";

type Tiles = { url: string; subdomains: string; attribution: string };
type Point = { lat: number; lng: number };

export function PointPicker({
  tiles,
  point,
  others,
  label,
  onPick,
}: {
  tiles: Tiles | null;
  point: Point | null;
  others: Point[];
  label: string;
  onPick: (p: Point) => void;
}) {
  const box = useRef<HTMLDivElement>(null);
  const mapRef = useRef<{ map: import("leaflet").Map; marker: import("leaflet").CircleMarker | null } | null>(null);
  const pickRef = useRef(onPick);
  useEffect(() => {
    pickRef.current = onPick;
  }, [onPick]);
  const start = useRef(point);

  useEffect(() => {
    if (!tiles) return;
    let cancelled = false;
    void import("leaflet").then((L) => {
      if (cancelled || !box.current) return;
      const map = L.map(box.current, { scrollWheelZoom: false });
      L.tileLayer(tiles.url, { subdomains: tiles.subdomains, attribution: tiles.attribution, maxZoom: 18 }).addTo(map);
      for (const o of others)
        L.circleMarker([o.lat, o.lng], { radius: 4, color: "#6b7280", weight: 1, fillOpacity: 0.5 }).addTo(map);
      const centre = start.current ?? others[0] ?? { lat: 30.29, lng: 120.16 };
      map.setView([centre.lat, centre.lng], start.current ? 15 : 11);
      mapRef.current = { map, marker: null };
      map.on("click", (e) => pickRef.current({ lat: +e.latlng.lat.toFixed(6), lng: +e.latlng.lng.toFixed(6) }));
    });
    return () => {
      cancelled = true;
      mapRef.current?.map.remove();
      mapRef.current = null;
    };
  }, [tiles, others]);

  useEffect(() => {
    const m = mapRef.current;
    if (!m || !point) return;
    void import("leaflet").then((L) => {
      m.marker?.remove();
      m.marker = L.circleMarker([point.lat, point.lng], { radius: 9, color: "#b91c1c", weight: 3 }).addTo(m.map);
    });
  }, [point]);

  if (!tiles) return null;
  return (
    <div
      ref={box}
      role="region"
      aria-label={label}
      className="h-64 w-full overflow-hidden rounded-lg border border-line bg-gray-100"
    />
  );
}
