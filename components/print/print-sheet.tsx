// One A4 sheet for a station's desk or a unit's file (blank opinion form, receipt, assignment sheet). On screen it
// sits on a white page with a print button and a way back; on paper only the sheet is printed (app/globals.css).
import Link from "next/link";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { PrintButton } from "@/components/ui/print-button";

export async function PrintSheet({ backHref, children }: { backHref: string; children: ReactNode }) {
  const t = await getTranslations("paper");
  return (
    <div className="mx-auto max-w-[190mm] space-y-4">
      <div className="print-hidden flex flex-wrap items-center justify-between gap-3">
        <Link href={backHref} className="text-brand-700 underline-offset-4 hover:underline">
          ← {t("back")}
        </Link>
        <p className="text-sm text-muted">{t("hint")}</p>
        <PrintButton label={t("print")} />
      </div>
      <article className="space-y-4 bg-white p-6 text-[15px] leading-relaxed text-black shadow-sm print:p-0 print:shadow-none">
        {children}
      </article>
    </div>
  );
}

/** A labelled blank to write on by hand. */
export function WriteLine({ label, hint, className = "" }: { label: string; hint?: string; className?: string }) {
  return (
    <div className={`flex items-end gap-2 ${className}`}>
      <span className="shrink-0">
        {label}
        {hint && <span className="text-xs text-neutral-600">（{hint}）</span>}：
      </span>
      <span className="min-h-8 flex-1 border-b border-black" />
    </div>
  );
}

/** The QR code drawn by lib/reception/qr.ts from our own URL (no user input in the SVG). */
export function QrFigure({ svg, label, caption }: { svg: string; label: string; caption: string }) {
  return (
    <figure className="w-32 shrink-0 text-center">
      <div
        role="img"
        aria-label={label}
        className="[&>svg]:h-auto [&>svg]:w-full"
        dangerouslySetInnerHTML={{ __html: svg }}
      />
      <figcaption className="mt-1 break-all text-[10px] leading-tight text-neutral-700">{caption}</figcaption>
    </figure>
  );
}
