// The booking as a calendar file (the `ics` library), for the resident only.
import { createEvent, type DateArray } from "ics";
import { getActor } from "@/lib/auth/current-actor";
import { getOwnBooking } from "@/lib/reception/queries";
import { publicOrigin } from "@/lib/http/public-url";
import { clientInfoFrom } from "@/lib/http/client-info";

const utc = (d: Date): DateArray => [
  d.getUTCFullYear(),
  d.getUTCMonth() + 1,
  d.getUTCDate(),
  d.getUTCHours(),
  d.getUTCMinutes(),
];

export async function GET(req: Request, { params }: { params: Promise<{ code: string }> }) {
  const actor = await getActor();
  const { code } = await params;
  const b =
    actor && /^[A-Za-z0-9]{8}$/.test(code)
      ? await getOwnBooking(actor, code.toUpperCase(), clientInfoFrom(req.headers))
      : null;
  if (!b) return new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store" } });
  const { error, value } = createEvent({
    uid: `booking-${b.code}@liaison-portal`,
    title: `代表接待：${b.session.theme}`,
    start: utc(b.session.startsAt),
    startInputType: "utc",
    startOutputType: "utc",
    end: utc(b.session.endsAt),
    endInputType: "utc",
    endOutputType: "utc",
    location: `${b.session.station.name} ${b.session.station.address}`,
    description: `预约码 ${b.code}\n反映事项：${b.topic}`,
    url: `${await publicOrigin()}/me/bookings/${b.code}`,
    alarms: [{ action: "display", description: "代表接待活动", trigger: { hours: 2, before: true } }],
  });
  if (error || !value) return new Response("Calendar error", { status: 500 });
  return new Response(value, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="booking-${b.code}.ics"`,
      "Cache-Control": "no-store",
    },
  });
}
