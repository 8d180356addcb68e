"use client";
// The stations on a map (Leaflet, loaded only on this page). Tiles come from the configured source; when they
// cannot load, the map says so and the list beside it (with positions and navigation links) still works.
import { useEffect, useRef, useState } from "react";
import "leaflet/dist/leaflet.css";

export type MapStation = { id: number; name: string; lat: number; lng: number };
type Tiles = { url: string; subdomains: string; attribution: string };

export function StationMap({
  stations,
  tiles,
  label,
  tilesFailed,
}: {
  stations: MapStation[];
  tiles: Tiles;
  label: string;
  tilesFailed: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let map: import("leaflet").Map | undefined;
    let cancelled = false;
    void import("leaflet").then((L) => {
      if (cancelled || !box.current || stations.length === 0) return;
      map = L.map(box.current, { scrollWheelZoom: false });
      let errors = 0;
      L.tileLayer(tiles.url, { subdomains: tiles.subdomains, attribution: tiles.attribution, maxZoom: 18 })
        .on("tileerror", () => {
          if (++errors >= 3) setFailed(true);
        })
        .addTo(map);
      const bounds = L.latLngBounds([]);
      for (const s of stations) {
        const marker = L.circleMarker([s.lat, s.lng], {
          radius: 8,
          color: "#b91c1c",
          weight: 2,
          fillOpacity: 0.7,
        }).addTo(map);
        const link = document.createElement("a");
        link.href = `/stations/${s.id}`;
        link.textContent = s.name;
        marker.bindPopup(link);
        bounds.extend([s.lat, s.lng]);
      }
      map.fitBounds(bounds, { padding: [24, 24], maxZoom: 15 });
    });
    return () => {
      cancelled = true;
      map?.remove();
    };
  }, [stations, tiles]);
  if (stations.length === 0) return null;
  return (
    <div className="mb-5">
      <div
        ref={box}
        role="region"
        aria-label={label}
        className="h-64 w-full overflow-hidden rounded-lg border border-line bg-gray-100 sm:h-80"
      />
      {failed && (
        <p role="status" className="mt-2 text-sm text-muted">
          {tilesFailed}
        </p>
      )}
    </div>
  );
}
