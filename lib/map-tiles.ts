// The map's tile source, configurable because Chinese basemaps (AMap, Tianditu) need their own URLs and the
// stations' coordinates are GCJ-02, which AMap tiles use as well. MAP_TILE_URL is a Leaflet URL template;
// MAP_TILE_URL=off shows no map (the list with positions and navigation links still works).
const AMAP = "https://webrd0{s}.is.autonavi.com/appmaptile?lang=zh_cn&size=1&scale=1&style=8&x={x}&y={y}&z={z}";

export type TileConfig = { url: string; subdomains: string; attribution: string } | null;

export function tileConfig(): TileConfig {
  const url = process.env.MAP_TILE_URL?.trim() || AMAP;
  if (url === "off") return null;
  return {
    url,
    subdomains: process.env.MAP_TILE_SUBDOMAINS?.trim() || "1234",
    attribution: process.env.MAP_TILE_ATTRIBUTION?.trim() || "© 高德地图",
  };
}

/** The CSP img-src source for the tiles: `https://*.example.com` when the host carries the {s} subdomain. */
export function tileImgSource(): string | null {
  const cfg = tileConfig();
  if (!cfg) return null;
  try {
    const u = new URL(cfg.url.replace(/\{[a-z]\}/g, "0"));
    const host = /^[^/]*\/\/[^/]*\{s\}/.test(cfg.url) ? `*.${u.hostname.split(".").slice(1).join(".")}` : u.hostname;
    return `${u.protocol}//${host}`;
  } catch {
    return null;
  }
}
