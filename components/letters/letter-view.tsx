// One letter as both its writer and the deputy read it: what was written, the proposed and agreed meeting, the
// deputy's replies, and where it went when handed on (the item's tracking code).
import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import type { LetterDetail } from "@/lib/deputy-letters/load-letter";
import { Card, EmptyState } from "@/components/ui/card";

export async function LetterView({ letter }: { letter: LetterDetail }) {
  const [t, format] = await Promise.all([getTranslations("letters"), getFormatter()]);
  const when = (d: Date) => format.dateTime(d, { dateStyle: "full", timeStyle: "short" });
  const handedOn = letter.suggestion;
  const formal = handedOn?.mergedInto;
  const codeLink = (code: string) =>
    function CodeLink(chunks: React.ReactNode) {
      return (
        <Link href={`/track/${code}`} className="font-mono text-brand-700 underline">
          {chunks}
        </Link>
      );
    };
  return (
    <>
      <Card title={t("letterBody")}>
        <p className="whitespace-pre-line">{letter.body}</p>
        {letter.proposedTimes.length > 0 && (
          <div className="mt-3">
            <p className="font-medium">{t("proposed")}</p>
            <ul className="list-inside list-disc text-sm">
              {letter.proposedTimes.map((d) => (
                <li key={d.toISOString()}>{when(d)}</li>
              ))}
            </ul>
          </div>
        )}
      </Card>
      {letter.meetingAt && letter.meetingPlace && (
        <Card title={t("meeting")}>
          <p className="text-lg font-semibold" data-testid="letter-meeting">
            {t("meetingAt", { when: when(letter.meetingAt), place: letter.meetingPlace })}
          </p>
        </Card>
      )}
      <Card title={t("replies")}>
        {letter.replies.length === 0 ? (
          <EmptyState>{t("noReplies")}</EmptyState>
        ) : (
          <ol className="space-y-3 border-l-2 border-line pl-4">
            {letter.replies.map((r) => (
              <li key={r.id}>
                <p className="whitespace-pre-line">{r.body}</p>
                <p className="text-sm text-muted">
                  {letter.deputy.name} · {format.dateTime(r.createdAt, { dateStyle: "medium", timeStyle: "short" })}
                </p>
              </li>
            ))}
          </ol>
        )}
      </Card>
      {handedOn && (
        <Card>
          <p data-testid="letter-handed-on">
            {formal
              ? t.rich("raisedAs", {
                  title: formal.title,
                  code: formal.trackingCode,
                  link: codeLink(formal.trackingCode),
                })
              : t.rich("passedTo", { code: handedOn.trackingCode, link: codeLink(handedOn.trackingCode) })}
          </p>
        </Card>
      )}
    </>
  );
}
