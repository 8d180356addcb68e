// A plain <a>, not next/link: a dashboard holds some three hundred of these, and each next/link is a client
// component (serialized into the page's payload and hydrated) that also prefetches its list when it scrolls into
// view. Styled by one class (.figure-link in app/globals.css) for the same reason. Decision 0023.

/**
 * A count that opens the list behind it. `alert` draws it red when it is not zero (overdue, late). `label` names
 * what is counted; a cell of a table with row and column headers can leave it out (the headers are the link's
 * context, WCAG 2.4.4), which keeps a breakdown table's hundreds of links light.
 */
export function FigureLink({
  href,
  value,
  alert = false,
  label,
}: {
  href: string;
  value: number;
  alert?: boolean;
  label?: string;
}) {
  const red = alert && value > 0;
  return (
    <a href={href} aria-label={label} className="figure-link" data-alert={red ? "true" : undefined}>
      {value.toLocaleString("zh-CN")}
    </a>
  );
}

/** A rate as a percentage with one decimal, or a dash when nothing was there to divide. */
export function percent(r: number | null): string {
  return r == null ? "—" : `${(r * 100).toFixed(1)}%`;
}
