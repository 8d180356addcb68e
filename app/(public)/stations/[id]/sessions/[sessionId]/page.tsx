// One reception session, public: when, where, who is on duty, free places, and the booking form for a
// resident signed in with their phone (others are sent to sign in first and come back here).
import { randomUUID } from "node:crypto";
import Link from "next/link";
import { notFound } from "next/navigation";
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/current-actor";
import { roleMay } from "@/lib/auth/permissions";
import { getPublicSession } from "@/lib/reception/queries";
import { parseId } from "@/lib/validation/fields";
import { Card } from "@/components/ui/card";
import { Alert } from "@/components/ui/alert";
import { buttonStyles } from "@/components/ui/button-styles";
import { BookForm } from "@/components/reception/book-form";

type Params = Promise<{ id: string; sessionId: string }>;

async function load(params: Params) {
  const { id, sessionId } = await params;
  const [station, session] = [parseId(id), parseId(sessionId)];
  if (!station || !session) return null;
  return getPublicSession(station, session);
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const s = await load(params);
  return { title: s ? `${s.station.name} · ${s.theme}` : undefined };
}

export default async function SessionPage({ params }: { params: Params }) {
  const s = await load(params);
  if (!s) notFound();
  const [t, format, actor] = await Promise.all([getTranslations("reception"), getFormatter(), getActor()]);
  const free = s.capacity - s.bookedCount;
  const open = s.status === "PUBLISHED" && s.startsAt > new Date();
  const here = `/stations/${s.station.id}/sessions/${s.id}`;
  return (
    <div className="space-y-5">
      <p>
        <Link href={`/stations/${s.station.id}`} className="text-brand-700 underline-offset-4 hover:underline">
          ← {s.station.name}
        </Link>
      </p>
      <header>
        <p className="text-sm text-muted">{t("book.kicker")}</p>
        <h1 className="text-2xl font-bold sm:text-3xl">{s.theme}</h1>
      </header>
      <Card>
        <dl className="grid gap-2 sm:grid-cols-[7rem_1fr]">
          <dt className="text-muted">{t("book.when")}</dt>
          <dd>
            {format.dateTime(s.startsAt, { dateStyle: "full", timeStyle: "short" })} –{" "}
            {format.dateTime(s.endsAt, { timeStyle: "short" })}
          </dd>
          <dt className="text-muted">{t("book.where")}</dt>
          <dd>
            {s.station.name} · {s.station.address}
          </dd>
          <dt className="text-muted">{t("book.deputies")}</dt>
          <dd>
            {s.deputies.map(({ deputy }, i) => (
              <span key={deputy.id}>
                {i > 0 && "、"}
                <Link href={`/deputies/${deputy.id}`} className="text-brand-700 hover:underline">
                  {deputy.name}
                </Link>
              </span>
            ))}
          </dd>
          {s.audience && (
            <>
              <dt className="text-muted">{t("book.audience")}</dt>
              <dd>{s.audience}</dd>
            </>
          )}
          <dt className="text-muted">{t("book.places")}</dt>
          <dd className="font-medium">{free > 0 ? t("book.free", { free, capacity: s.capacity }) : t("book.full")}</dd>
        </dl>
      </Card>
      <Card title={t("book.title")}>
        {!open ? (
          <Alert tone="info">{t("book.closed")}</Alert>
        ) : !actor ? (
          <div className="space-y-3">
            <p>{t("book.signInFirst")}</p>
            <Link
              href={`/login?next=${encodeURIComponent(here)}`}
              className={`${buttonStyles.primary} w-full sm:w-auto`}
            >
              {t("book.signIn")}
            </Link>
          </div>
        ) : !roleMay(actor, "booking.create") ? (
          <Alert tone="info">{t("book.residentsOnly")}</Alert>
        ) : (
          <>
            {free <= 0 && <p className="mb-3">{t("book.waitlistIntro")}</p>}
            <BookForm sessionId={s.id} idempotencyKey={randomUUID()} full={free <= 0} />
          </>
        )}
      </Card>
    </div>
  );
}
