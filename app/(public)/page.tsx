import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { countPublicStations } from "@/lib/stations/queries";
import { upcomingPublicSessions } from "@/lib/reception/upcoming-sessions";
import { buttonStyles } from "@/components/ui/button-styles";

const STEPS = ["Submit", "Assign", "Handle", "Feedback", "Evaluate"] as const;

/** What residents come for first: raise a matter, follow one, meet a deputy at the next reception. */
export default async function HomePage() {
  const [t, site, format, stationCount, sessions] = await Promise.all([
    getTranslations("home"),
    getTranslations("site"),
    getFormatter(),
    countPublicStations(),
    upcomingPublicSessions(),
  ]);
  const actions = [
    { href: "/suggest", title: t("suggest"), hint: t("suggestHint"), primary: true },
    { href: "/track", title: t("track"), hint: t("trackHint") },
    { href: "/stations", title: t("findStation"), hint: t("findStationHint") },
    { href: "/deputies", title: t("findDeputies"), hint: t("findDeputiesHint") },
  ];
  return (
    <div className="space-y-8">
      <section className="rounded-xl bg-brand-700 px-5 py-8 text-white sm:px-8 sm:py-10">
        <h1 className="text-2xl font-bold sm:text-3xl">{site("name")}</h1>
        <p className="mt-2 text-brand-100">{site("tagline")}</p>
        <p className="mt-4 text-sm text-brand-100 elder:hidden">{t("stationCount", { count: stationCount })}</p>
      </section>

      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {actions.map((c) => (
          <section key={c.href} className="flex flex-col rounded-lg border border-line bg-white p-5 shadow-sm">
            <h2 className="text-lg font-semibold">{c.title}</h2>
            <p className="mt-1 flex-1 text-muted">{c.hint}</p>
            <Link href={c.href} className={`${c.primary ? buttonStyles.primary : buttonStyles.secondary} mt-4`}>
              {c.title}
            </Link>
          </section>
        ))}
      </div>

      <section aria-labelledby="receptions">
        <h2 id="receptions" className="mb-3 text-xl font-semibold">
          {t("nextReceptions")}
        </h2>
        {sessions.length === 0 ? (
          <p className="text-muted">{t("noReceptions")}</p>
        ) : (
          <ul className="divide-y divide-line rounded-lg border border-line bg-white">
            {sessions.map((s) => (
              <li key={s.id} className="flex flex-wrap items-center justify-between gap-3 p-4">
                <div>
                  <p className="font-medium">{s.station.name}</p>
                  <p className="text-sm text-muted">
                    {format.dateTime(s.startsAt, { dateStyle: "full", timeStyle: "short" })}
                    {s.theme ? ` · ${s.theme}` : ""}
                  </p>
                  <p className="text-sm text-muted">{t("placesLeft", { count: s.capacity - s.bookedCount })}</p>
                </div>
                <Link
                  href={`/stations/${s.station.id}/sessions/${s.id}`}
                  className={buttonStyles.secondary}
                  aria-label={t("bookAt", { station: s.station.name })}
                >
                  {t("book")}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </section>

      <p className="flex flex-wrap gap-x-6 gap-y-2">
        <Link href="/login" className="py-2 font-medium text-brand-700 underline-offset-4 hover:underline">
          {t("signIn")}
        </Link>
        <Link
          href="/login/staff"
          className="py-2 text-muted underline-offset-4 hover:text-brand-700 hover:underline elder:hidden"
        >
          {t("staffSignIn")}
        </Link>
      </p>

      <section aria-labelledby="how" className="elder:hidden">
        <h2 id="how" className="mb-3 text-xl font-semibold">
          {t("howItWorks")}
        </h2>
        <ol className="grid gap-3 sm:grid-cols-5">
          {STEPS.map((step, i) => (
            <li key={step} className="rounded-lg border border-line bg-white p-4">
              <p className="text-sm font-semibold text-brand-700">
                {i + 1}. {t(`step${step}`)}
              </p>
              <p className="mt-1 text-sm text-muted">{t(`step${step}Hint`)}</p>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
