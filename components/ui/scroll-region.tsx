import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";

/** A wide table that scrolls sideways on a phone: the scroll area can be reached and scrolled by keyboard, is
 *  named for screen readers (WCAG 2.1.1; axe's scrollable-region-focusable), and says on narrow screens that
 *  there is more to the side, since a phone hides its scroll bars. */
export async function ScrollRegion({ label, children }: { label: string; children: ReactNode }) {
  const t = await getTranslations("ui");
  return (
    <div>
      <p className="mb-1 text-xs text-muted sm:hidden" aria-hidden="true">
        {t("scrollSideways")}
      </p>
      <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={label}>
        {children}
      </div>
    </div>
  );
}
