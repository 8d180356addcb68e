// The deadline light as a badge with its meaning in words, never colour alone (U2).
import type { Light } from "@/lib/calendar/due-dates";
import { lightBadgeClass, lightDotClass, lightTones } from "./light-tones";

/** `label` is the light's name ("逾期"); `detail`, if given, follows it (e.g. the due date). */
export function LightBadge({ light, label, detail }: { light: Light; label: string; detail?: string }) {
  const tone = lightTones[light];
  return (
    <span data-light={light} className={`${lightBadgeClass} ${tone.badge}`}>
      <span aria-hidden="true" className={`${lightDotClass} ${tone.dot}`} />
      <span className="font-medium">{label}</span>
      {detail && <span className="truncate">· {detail}</span>}
    </span>
  );
}
