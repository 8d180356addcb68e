// The tracking page of a letter to a deputy (/track/letter/<code>): unlike a suggestion's public page it shows what
// was written, so only its writer (signed in) reads it; anyone else is refused as if it did not exist (audited).
import { notFound, redirect } from "next/navigation";
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/current-actor";
import { foundOrNull } from "@/lib/errors";
import { currentClientInfo } from "@/lib/http/client-info";
import { loadLetterByCode } from "@/lib/deputy-letters/load-letter";
import { letterCodeSchema } from "@/lib/deputy-letters/schemas";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { LetterView } from "@/components/letters/letter-view";

export const metadata: Metadata = { robots: { index: false } };

export default async function LetterTrackingPage({
  params,
  searchParams,
}: {
  params: Promise<{ code: string }>;
  searchParams: Promise<{ new?: string }>;
}) {
  const [{ code }, { new: isNew }] = await Promise.all([params, searchParams]);
  if (!letterCodeSchema.safeParse(code).success) notFound();
  const actor = await getActor();
  if (!actor) redirect(`/login?next=${encodeURIComponent(`/track/letter/${code}`)}`);
  const letter = await foundOrNull(loadLetterByCode(code, actor, await currentClientInfo()));
  if (!letter) notFound();
  const [t, format] = await Promise.all([getTranslations("letters"), getFormatter()]);
  return (
    <div className="mx-auto max-w-2xl space-y-5">
      {isNew && (
        <Alert tone="info">
          {t("sent")}{" "}
          <strong className="font-mono text-lg tracking-widest" data-testid="tracking-code">
            {letter.trackingCode}
          </strong>
        </Alert>
      )}
      <header>
        <p className="text-sm text-muted">
          {t("trackTitle")} <span className="font-mono">{letter.trackingCode}</span> · {t(`kindLabel.${letter.kind}`)}
        </p>
        <h1 className="text-2xl font-bold">{letter.subject}</h1>
        <p className="mt-1 text-muted">
          {t("to", { name: letter.deputy.name })} · {t("writtenAt")}{" "}
          {format.dateTime(letter.createdAt, { dateStyle: "medium", timeStyle: "short" })}
        </p>
      </header>
      <Card>
        <p className="text-lg font-semibold" data-testid="stage">
          {t(`status.${letter.status}`)}
        </p>
      </Card>
      <LetterView letter={letter} />
    </div>
  );
}
