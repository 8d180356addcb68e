"use client";
// The stations on a map (Leaflet and its marker-cluster plugin, loaded only on this page, after it has rendered).
// The points come from /api/stations/points for the current filters, not from the page: at province scale that
// is thousands of points the list does not need. Nearby stations merge into numbered clusters that split as the
// resident zooms in. When tiles cannot load, the map says so and the list (with navigation links) still works.
import { useEffect, useRef, useState } from "react";
import "leaflet/dist/leaflet.css";
import "leaflet.markercluster/dist/MarkerCluster.css";
import "leaflet.markercluster/dist/MarkerCluster.Default.css";
import type { MapPoint } from "@/lib/stations/queries";

type Tiles = { url: string; subdomains: string; attribution: string };

export function StationMap({
  pointsUrl,
  tiles,
  label,
  tilesFailed,
}: {
  pointsUrl: string;
  tiles: Tiles;
  label: string;
  tilesFailed: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState(false);
  const [empty, setEmpty] = useState(false);
  useEffect(() => {
    let map: import("leaflet").Map | undefined;
    let cancelled = false;
    void (async () => {
      const [mod, res] = await Promise.all([import("leaflet"), fetch(pointsUrl)]);
      const { points } = (await res.json()) as { points: MapPoint[] };
      // The plugin is a script that adds itself to a global L. A module namespace cannot be extended, so it gets
      // Leaflet's own object (the CommonJS export, `default` here), and this code uses the same one.
      const L = (mod as unknown as { default?: typeof mod }).default ?? mod;
      (globalThis as unknown as { L: typeof L }).L = L;
      await import("leaflet.markercluster");
      if (cancelled || !box.current) return;
      if (points.length === 0) return setEmpty(true);
      map = L.map(box.current, { scrollWheelZoom: false });
      let errors = 0;
      L.tileLayer(tiles.url, { subdomains: tiles.subdomains, attribution: tiles.attribution, maxZoom: 18 })
        .on("tileerror", () => {
          if (++errors >= 3) setFailed(true);
        })
        .addTo(map);
      const cluster = L.markerClusterGroup({ chunkedLoading: true, showCoverageOnHover: false });
      const bounds = L.latLngBounds([]);
      for (const [id, lat, lng, name] of points) {
        const marker = L.circleMarker([lat, lng], { radius: 8, color: "#b91c1c", weight: 2, fillOpacity: 0.7 });
        const link = document.createElement("a");
        link.href = `/stations/${id}`;
        link.textContent = name;
        marker.bindPopup(link);
        cluster.addLayer(marker);
        bounds.extend([lat, lng]);
      }
      map.addLayer(cluster);
      map.fitBounds(bounds, { padding: [24, 24], maxZoom: 15 });
    })().catch((err: unknown) => {
      console.error("[station-map]", err);
      setFailed(true);
    });
    return () => {
      cancelled = true;
      map?.remove();
    };
  }, [pointsUrl, tiles]);
  if (empty) return null;
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
