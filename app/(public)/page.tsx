import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { countPublicStations } from "@/lib/stations/queries";
import { buttonStyles } from "@/components/ui/button-styles";

const STEPS = ["Submit", "Assign", "Handle", "Feedback", "Evaluate"] as const;

export default async function HomePage() {
  const [t, stationCount] = await Promise.all([getTranslations("home"), countPublicStations()]);
  const site = await getTranslations("site");
  return (
    <div className="space-y-8">
      <section className="rounded-xl bg-brand-700 px-5 py-8 text-white sm:px-8 sm:py-10">
        <h1 className="text-2xl font-bold sm:text-3xl">{site("name")}</h1>
        <p className="mt-2 text-brand-100">{site("tagline")}</p>
        <p className="mt-4 text-sm text-brand-100">{t("stationCount", { count: stationCount })}</p>
      </section>

      <div className="grid gap-4 sm:grid-cols-3">
        {[
          { href: "/stations", title: t("findStation"), hint: t("findStationHint"), primary: true },
          { href: "/login", title: t("signIn"), hint: t("signInHint") },
          { href: "/login/staff", title: t("staffSignIn"), hint: t("staffSignInHint") },
        ].map((c) => (
          <section key={c.href} className="flex flex-col rounded-lg border border-line bg-white p-5 shadow-sm">
            <h2 className="text-lg font-semibold">{c.title}</h2>
            <p className="mt-1 flex-1 text-muted">{c.hint}</p>
            <Link href={c.href} className={`${c.primary ? buttonStyles.primary : buttonStyles.secondary} mt-4`}>
              {c.title}
            </Link>
          </section>
        ))}
      </div>

      <section aria-labelledby="how">
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
