import Link from "next/link";

/** A count that opens the list behind it. `alert` draws it red when it is not zero (overdue, late). */
export function FigureLink({ href, value, alert = false, label, className = "" }: { href: string; value: number; alert?: boolean; label: string; className?: string }) {
  const red = alert && value > 0;
  return (
    <Link href={href} aria-label={label} className={`tabular-nums underline decoration-1 underline-offset-4 hover:decoration-2 ${red ? "font-semibold text-red-700" : "text-blue-800"} ${className}`} data-alert={red ? "true" : undefined}>
      {value.toLocaleString("zh-CN")}
    </Link>
  );
}

/** A rate as a percentage with one decimal, or a dash when nothing was there to divide. */
export function percent(r: number | null): string {
  return r == null ? "—" : `${(r * 100).toFixed(1)}%`;
}
