// Escaping for the few places that write HTML as a string (the dashboards' breakdown rows,
// components/insight/breakdown-rows.ts). Everything interpolated into such a string goes through here.
const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text for element content or a double-quoted attribute value. */
export function escapeHtml(value: string | number): string {
  return String(value).replace(/[&<>"']/g, (c) => ENTITIES[c]);
}
