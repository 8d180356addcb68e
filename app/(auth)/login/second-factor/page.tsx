// The second step of a staff sign-in (S6): enrol (first sign-in, or after an admin reset) or verify. Only a
// half-open session sees this page; any other is sent on.
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getSessionActor } from "@/lib/auth/current-actor";
import { demoTotpCodeFor } from "@/lib/auth/demo-totp-code";
import { startTotpEnrolment } from "@/lib/auth/start-totp-enrolment";
import { qrSvg } from "@/lib/reception/qr";
import { LogoutButton } from "@/components/auth/logout-button";
import { SecondFactorVerifyForm } from "@/components/auth/second-factor-verify-form";
import { TotpEnrolForm } from "@/components/auth/totp-enrol-form";
import { safeNext } from "@/components/auth/safe-next";
import { PageHeader } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("secondFactor"))("title") };
}

/** "ABCD EFGH …": a key typed by hand is easier to check in groups of four. */
const grouped = (secret: string) => secret.match(/.{1,4}/g)?.join(" ") ?? secret;

export default async function SecondFactorPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const [{ next }, actor, t, tl] = await Promise.all([
    searchParams,
    getSessionActor(),
    getTranslations("secondFactor"),
    getTranslations("login"),
  ]);
  const target = safeNext(next, "/go");
  if (!actor) redirect(`/login/staff?next=${encodeURIComponent(target)}`);
  if (actor.gate !== "verify" && actor.gate !== "enrol") redirect(target);

  const signOut = (
    <p className="mt-5 text-center">
      <LogoutButton label={t("signOut")} />
    </p>
  );

  if (actor.gate === "enrol") {
    const { secret, uri } = await startTotpEnrolment(actor);
    const svg = await qrSvg(uri);
    return (
      <div className="mx-auto max-w-md">
        <PageHeader title={t("enrolTitle")} intro={t("enrolIntro")} />
        <div className="space-y-4 rounded-lg border border-line bg-white p-5 shadow-sm">
          <TotpEnrolForm
            next={next}
            setup={
              <ol className="list-decimal space-y-3 pl-5">
                <li>{t("enrolStep1")}</li>
                <li>
                  {t("enrolStep2")}
                  <div
                    role="img"
                    aria-label={t("qrLabel")}
                    className="mx-auto mt-2 w-48 max-w-full [&>svg]:h-auto [&>svg]:w-full"
                    dangerouslySetInnerHTML={{ __html: svg }}
                  />
                </li>
                <li>
                  {t("enrolStep3")}
                  <p className="mt-2 rounded-md bg-paper px-3 py-2 text-center">
                    <span className="sr-only">{t("secretLabel")}：</span>
                    <code data-testid="totp-secret" className="font-mono text-lg tracking-wider">
                      {grouped(secret)}
                    </code>
                  </p>
                </li>
                <li>{t("enrolStep4")}</li>
              </ol>
            }
          />
        </div>
        {signOut}
      </div>
    );
  }

  const demoCode = await demoTotpCodeFor(actor.id, actor.username);
  return (
    <div className="mx-auto max-w-md">
      <PageHeader title={t("title")} intro={t("verifyIntro")} />
      <div className="space-y-4 rounded-lg border border-line bg-white p-5 shadow-sm">
        {demoCode && (
          <Alert tone="demo">
            <span className="mr-2 rounded bg-amber-400 px-1.5 py-0.5 text-xs font-bold text-amber-950">
              {tl("demoCodeLabel")}
            </span>
            {t("demoCode")}
            <strong data-testid="demo-totp" className="font-mono text-lg tracking-widest">
              {demoCode}
            </strong>
          </Alert>
        )}
        <SecondFactorVerifyForm next={next} />
      </div>
      {signOut}
    </div>
  );
}
