import type { ReactNode } from "react";

const tones = {
  error: "border-brand-600 bg-brand-50 text-brand-800",
  info: "border-blue-300 bg-blue-50 text-blue-900",
  demo: "border-amber-400 bg-amber-50 text-amber-950",
} as const;

/** A message region that screen readers announce when its text changes (U2). */
export function Alert({ tone, children, id }: { tone: keyof typeof tones; children: ReactNode; id?: string }) {
  return (
    <div id={id} role={tone === "error" ? "alert" : "status"} className={`rounded-md border px-3 py-2 ${tones[tone]}`}>
      {children}
    </div>
  );
}
