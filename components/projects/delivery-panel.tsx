// One decided project's delivery as every reader sees it: department, official and budget, the percentage, the
// milestones with their lights (overdue in red, words beside the colour), the latest reports with photos, and —
// for the readers who may see them — the supervision group with its notes and the satisfaction result.
import { getFormatter, getTranslations } from "next-intl/server";
import { PublicPhoto } from "@/components/photos/public-photo";
import { LightBadge } from "@/components/suggestions/light-badge";
import type { Light } from "@/lib/calendar/due-dates";
import type { DeliveryView, MilestoneState, RatingSummary } from "@/lib/projects/delivery-queries";

const LIGHT: Record<MilestoneState, Light> = { done: "green", planned: "green", soon: "yellow", overdue: "red" };

export async function ProgressBar({ percent }: { percent: number }) {
  const t = await getTranslations("delivery");
  return (
    <div className="flex items-center gap-3">
      <div
        role="progressbar"
        aria-valuenow={percent}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-label={t("progress", { percent })}
        className="h-3 min-w-0 flex-1 overflow-hidden rounded-full bg-gray-200"
      >
        <div className="h-full rounded-full bg-green-700" style={{ width: `${percent}%` }} />
      </div>
      <span className="shrink-0 text-sm font-medium">{t("progress", { percent })}</span>
    </div>
  );
}

/** The overall result, then each dimension the round states with its own counts. */
export async function RatingResult({
  rating,
  dimensions = [],
}: {
  rating: RatingSummary;
  dimensions?: { name: string; rating: RatingSummary }[];
}) {
  const [t, format] = await Promise.all([getTranslations("delivery.rating"), getFormatter()]);
  if (rating.total === 0) return <p className="text-sm text-muted">{t("none")}</p>;
  const line = (r: RatingSummary) =>
    t("result", {
      s: r.SATISFIED,
      b: r.BASICALLY_SATISFIED,
      d: r.DISSATISFIED,
      rate: format.number(r.rate ?? 0, { style: "percent", maximumFractionDigits: 1 }),
    });
  return (
    <div className="space-y-1 text-sm" data-testid="rating-result">
      <p>
        <span className="font-medium">{t("overall")}</span>
        {line(rating)}
      </p>
      {dimensions.length > 0 && (
        <ul className="space-y-0.5 text-muted">
          {dimensions.map((d) => (
            <li key={d.name}>
              <span className="font-medium text-ink">{t("dimension", { name: d.name })}</span>
              {line(d.rating)}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export async function DeliveryPanel({
  title,
  view,
  supervision = false,
  rating = "hide",
}: {
  title: string;
  view: DeliveryView | null | undefined;
  /** Show the supervision group and its notes (staff, leaders, the group's deputies). */
  supervision?: boolean;
  /** "show": the result so far; "hide": nothing (the window is not closed, for a public reader). */
  rating?: "show" | "hide";
}) {
  const [t, format] = await Promise.all([getTranslations("delivery"), getFormatter()]);
  if (!view) return <p className="text-sm text-muted">{t("notAssigned")}</p>;
  const day = (d: Date) => format.dateTime(d, { dateStyle: "medium" });
  return (
    <div className="space-y-3" data-testid={`delivery-${view.candidateId}`}>
      <p className="text-sm text-muted">
        {t("unitLine", { unit: view.unit })} · {t("leadOfficial", { name: view.leadOfficial })} ·{" "}
        {t("budget", { budget: format.number(Number(view.budgetWan)) })}
      </p>
      <ProgressBar percent={view.percent} />
      <div>
        <h4 className="font-semibold">{t("milestones")}</h4>
        {view.milestones.length === 0 ? (
          <p className="text-sm text-muted">{t("noMilestones")}</p>
        ) : (
          <ul className="mt-1 space-y-1">
            {view.milestones.map((m) => (
              <li key={m.id} className="flex flex-wrap items-center gap-x-2 gap-y-1">
                <LightBadge light={LIGHT[m.state]} label={t(`state.${m.state}`)} />
                <span className="min-w-0 break-words">{m.title}</span>
                <span className="text-sm text-muted">
                  {m.doneOn ? t("doneOn", { date: m.doneOn }) : t("dueOn", { date: m.dueOn })}
                </span>
              </li>
            ))}
          </ul>
        )}
      </div>
      <div>
        <h4 className="font-semibold">{t("updates")}</h4>
        {view.updates.length === 0 ? (
          <p className="text-sm text-muted">{t("noUpdates")}</p>
        ) : (
          <ul className="mt-1 space-y-3">
            {view.updates.map((u) => (
              <li key={u.id} className="rounded-md border border-line px-3 py-2">
                <p className="text-sm text-muted">{t("updateMeta", { date: day(u.createdAt), percent: u.percent })}</p>
                <p className="whitespace-pre-line break-words">{u.text}</p>
                {u.photos.length > 0 && (
                  <div className="mt-2 grid grid-cols-2 gap-2 sm:grid-cols-3">
                    {u.photos.map((p) => (
                      <a key={p.key} href={`/api/photos/${p.key}`} target="_blank" rel="noreferrer">
                        <PublicPhoto
                          photo={p}
                          size="thumb"
                          fallbackAlt={t("photoAlt", { title })}
                          className="h-auto w-full rounded-md border border-line"
                        />
                      </a>
                    ))}
                  </div>
                )}
              </li>
            ))}
          </ul>
        )}
      </div>
      {supervision && (
        <div>
          <h4 className="font-semibold">{t("supervision.title")}</h4>
          <p className="text-sm">
            {view.supervisors.length ? format.list(view.supervisors.map((s) => s.name)) : t("supervision.none")}
          </p>
          <h4 className="mt-2 font-semibold">{t("supervision.notes")}</h4>
          {view.notes.length === 0 ? (
            <p className="text-sm text-muted">{t("supervision.noNotes")}</p>
          ) : (
            <ul className="mt-1 space-y-1">
              {view.notes.map((n) => (
                <li key={n.id} className="text-sm">
                  <span className="text-muted">
                    {t("supervision.noteBy", { date: day(n.createdAt), deputy: n.deputy })}
                  </span>
                  <span className="break-words">{n.text}</span>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {rating === "show" && (
        <div>
          <h4 className="font-semibold">{t("rating.title")}</h4>
          <RatingResult rating={view.rating} dimensions={view.dimensionRatings} />
        </div>
      )}
    </div>
  );
}
