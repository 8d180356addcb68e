// A plain <a>, not next/link: a dashboard holds some three hundred of these, and each next/link is a client
// component (serialized into the page's payload and hydrated) that also prefetches its list when it scrolls into
// view. Measured in docs/performance.md (run 5); decision 0023.

/** A count that opens the list behind it. `alert` draws it red when it is not zero (overdue, late). */
export function FigureLink({ href, value, alert = false, label, className = "" }: { href: string; value: number; alert?: boolean; label: string; className?: string }) {
  const red = alert && value > 0;
  return (
    <a href={href} aria-label={label} className={`tabular-nums underline decoration-1 underline-offset-4 hover:decoration-2 ${red ? "font-semibold text-red-700" : "text-blue-800"} ${className}`} data-alert={red ? "true" : undefined}>
      {value.toLocaleString("zh-CN")}
    </a>
  );
}

/** A rate as a percentage with one decimal, or a dash when nothing was there to divide. */
export function percent(r: number | null): string {
  return r == null ? "—" : `${(r * 100).toFixed(1)}%`;
}
