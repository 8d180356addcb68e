// The deadline light as a badge with its meaning in words, never colour alone (U2).
import type { Light } from "@/lib/calendar/due-dates";

const tones: Record<Light, { badge: string; dot: string }> = {
  green: { badge: "border-green-700 bg-green-50 text-green-900", dot: "bg-green-600" },
  yellow: { badge: "border-amber-600 bg-amber-50 text-amber-950", dot: "bg-amber-400" },
  red: { badge: "border-red-700 bg-red-50 text-red-900", dot: "bg-red-600" },
};

/** `label` is the light's name ("逾期"); `detail`, if given, follows it (e.g. the due date). */
export function LightBadge({ light, label, detail }: { light: Light; label: string; detail?: string }) {
  const tone = tones[light];
  return (
    <span
      data-light={light}
      className={`inline-flex max-w-full items-center gap-1.5 rounded-full border px-2 py-0.5 text-sm whitespace-nowrap ${tone.badge}`}
    >
      <span aria-hidden="true" className={`size-2.5 shrink-0 rounded-full ${tone.dot}`} />
      <span className="font-medium">{label}</span>
      {detail && <span className="truncate">· {detail}</span>}
    </span>
  );
}
