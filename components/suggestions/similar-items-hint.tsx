"use client";
// The duplicate hint on the submit form: after the writer pauses, open items like theirs at the same station or in
// the same area, each with a link to follow it. Reads the form's own fields (title, content, area) so the form
// stays a plain form; says nothing when nothing is alike. Asks the server at most once per pause (debounced) and
// drops an answer that arrives after a newer question.
import { useEffect, useRef, useState } from "react";
import Link from "next/link";
import { useTranslations } from "next-intl";

type Item = { code: string; title: string; category: string; step: string; submittedOn: string };

const PAUSE_MS = 700;

export function SimilarItemsHint({ stationId }: { stationId: number | null }) {
  const t = useTranslations();
  const [items, setItems] = useState<Item[]>([]);
  const asked = useRef(0);
  useEffect(() => {
    const form = document.getElementById("content")?.closest("form");
    if (!form) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const ask = async () => {
      const value = (name: string) => {
        const el = form.elements.namedItem(name);
        return el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement
          ? el.value
          : "";
      };
      const text = `${value("title")} ${value("content")}`.trim().slice(0, 600);
      const region = value("regionId");
      if (text.length < 4 || (!stationId && !region)) return setItems([]);
      const q = new URLSearchParams({ text, ...(stationId ? { station: String(stationId) } : { region }) });
      const n = ++asked.current;
      try {
        const res = await fetch(`/api/suggestions/similar?${q}`, { headers: { accept: "application/json" } });
        const body = res.ok ? ((await res.json()) as { items: Item[] }) : { items: [] };
        if (n === asked.current) setItems(body.items);
      } catch {
        // The hint is a help, not a step: a failed look-up shows nothing.
      }
    };
    const onChange = (e: Event) => {
      const name = (e.target as HTMLInputElement | null)?.name;
      if (name !== "title" && name !== "content" && name !== "regionId") return;
      clearTimeout(timer);
      timer = setTimeout(ask, PAUSE_MS);
    };
    form.addEventListener("input", onChange);
    form.addEventListener("change", onChange);
    return () => {
      clearTimeout(timer);
      form.removeEventListener("input", onChange);
      form.removeEventListener("change", onChange);
    };
  }, [stationId]);

  return (
    <section aria-live="polite" aria-label={t("suggest.similar.label")}>
      {items.length > 0 && (
        <div className="rounded-md border border-line bg-brand-50 p-3">
          <h2 className="font-medium">{t("suggest.similar.title")}</h2>
          <p className="text-sm text-muted">{t("suggest.similar.intro")}</p>
          <ul className="mt-2 space-y-2">
            {items.map((i) => (
              <li key={i.code} className="rounded-md bg-white px-3 py-2">
                <p className="font-medium">{i.title}</p>
                <p className="text-sm text-muted">
                  {t("suggest.similar.meta", {
                    category: i.category,
                    step: t(`suggest.similar.step.${i.step}`),
                    date: i.submittedOn,
                  })}
                </p>
                <Link
                  href={`/track/${i.code}`}
                  target="_blank"
                  className="mt-1 inline-flex min-h-11 items-center text-brand-700 underline underline-offset-4"
                >
                  {t("suggest.similar.follow")}
                </Link>
              </li>
            ))}
          </ul>
          <p className="mt-2 text-sm text-muted">{t("suggest.similar.stillSubmit")}</p>
        </div>
      )}
    </section>
  );
}
