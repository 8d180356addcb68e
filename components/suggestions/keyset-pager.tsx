// "Next page" and "back to the first page" for keyset-paginated lists: there are no page numbers to jump to,
// by design (P3), so the links carry the filters and the opaque cursor.
import Link from "next/link";
import { buttonStyles } from "@/components/ui/button-styles";

export function KeysetPager({
  label,
  nextHref,
  firstHref,
  nextLabel,
  firstLabel,
}: {
  label: string;
  nextHref: string | null;
  /** Set when this is not the first page. */
  firstHref: string | null;
  nextLabel: string;
  firstLabel: string;
}) {
  if (!nextHref && !firstHref) return null;
  return (
    <nav aria-label={label} className="mt-4 flex flex-wrap items-center justify-between gap-2">
      {firstHref ? (
        <Link href={firstHref} className={buttonStyles.quiet}>
          {firstLabel}
        </Link>
      ) : (
        <span />
      )}
      {nextHref && (
        <Link href={nextHref} rel="next" className={buttonStyles.secondary}>
          {nextLabel} →
        </Link>
      )}
    </nav>
  );
}
