// The deadline light's colours, shared by the React badge (light-badge.tsx) and the lists that write their rows as
// one HTML string (work-rows.ts), so both draw the same badge.
import type { Light } from "@/lib/calendar/due-dates";

export const lightTones: Record<Light, { badge: string; dot: string }> = {
  green: { badge: "border-green-700 bg-green-50 text-green-900", dot: "bg-green-600" },
  yellow: { badge: "border-amber-600 bg-amber-50 text-amber-950", dot: "bg-amber-400" },
  red: { badge: "border-red-700 bg-red-50 text-red-900", dot: "bg-red-600" },
};

export const lightBadgeClass =
  "inline-flex max-w-full items-center gap-1.5 rounded-full border px-2 py-0.5 text-sm whitespace-nowrap";
export const lightDotClass = "size-2.5 shrink-0 rounded-full";
