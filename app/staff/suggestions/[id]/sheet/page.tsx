// The 交办单: the paper sheet that goes with an assigned item to its handling units (at a 集中交办 meeting, or into
// a unit's file). It carries what the unit sees on the portal — a confidential proposer stays hidden, a phone
// stays masked — plus the units of the current round with their due dates and the handling requirements.
import { getFormatter, getTranslations } from "next-intl/server";
import { areaActor } from "@/components/layout/area-layout";
import { loadDetailOr404 } from "@/components/suggestions/detail-page";
import { PrintSheet } from "@/components/print/print-sheet";
import { Alert } from "@/components/ui/alert";

const LIVE = new Set(["PENDING", "ACCEPTED", "OPINION_SENT", "REPLIED"]);

export default async function AssignmentSheetPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await areaActor("staff");
  if (!actor) return null;
  const s = await loadDetailOr404(actor, params);
  const [t, all, format] = await Promise.all([getTranslations("paper.sheet"), getTranslations(), getFormatter()]);
  const day = (d: Date) => format.dateTime(d, { dateStyle: "long" });
  const units = s.assignments.filter((a) => a.round === s.round && LIVE.has(a.status));
  const back = `/staff/suggestions/${s.id}`;
  if (units.length === 0) {
    return (
      <PrintSheet backHref={back}>
        <Alert tone="info">{t("notAssigned")}</Alert>
      </PrintSheet>
    );
  }
  const proposer = s.confidential
    ? t("confidentialProposer")
    : [s.proposer?.name, s.proposer?.phoneMasked].filter(Boolean).join(" ") || "—";
  const facts: [string, string][] = [
    [t("kind"), all(`kind.${s.kind}`)],
    [t("source"), all(`source.${s.source}`)],
    [t("category"), s.category.name],
    [t("region"), s.region.name],
    ...(s.station ? ([[t("station"), s.station.name]] as [string, string][]) : []),
    [t("submittedAt"), day(s.submittedAt)],
    [t("assignedAt"), day(units[0].assignedAt)],
    [t("proposer"), proposer],
  ];
  return (
    <PrintSheet backHref={back}>
      <header className="border-b-2 border-black pb-3 text-center">
        <h1 className="text-2xl font-bold tracking-[0.5em]">{t("title")}</h1>
        <p className="mt-1 text-right">
          {t("number")}：
          <span className="font-mono" data-testid="sheet-code">
            {s.trackingCode}
          </span>
        </p>
      </header>
      <table className="w-full border-collapse text-left [&_td]:border [&_td]:border-black [&_td]:p-1.5 [&_th]:border [&_th]:border-black [&_th]:p-1.5 [&_th]:font-normal">
        <tbody>
          {facts.map(([k, v]) => (
            <tr key={k}>
              <th scope="row" className="w-28 bg-neutral-100">
                {k}
              </th>
              <td>{v}</td>
            </tr>
          ))}
          <tr>
            <th scope="row" className="bg-neutral-100">
              {t("subject")}
            </th>
            <td className="font-semibold">{s.title}</td>
          </tr>
          {s.locationText && (
            <tr>
              <th scope="row" className="bg-neutral-100">
                {t("location")}
              </th>
              <td>{s.locationText}</td>
            </tr>
          )}
          <tr>
            <th scope="row" className="bg-neutral-100 align-top">
              {t("content")}
            </th>
            <td className="whitespace-pre-wrap">{s.content}</td>
          </tr>
        </tbody>
      </table>
      <section>
        <h2 className="mb-1 font-semibold">{t("units")}</h2>
        <table className="w-full border-collapse text-left [&_td]:border [&_td]:border-black [&_td]:p-1.5 [&_th]:border [&_th]:border-black [&_th]:bg-neutral-100 [&_th]:p-1.5 [&_th]:font-normal">
          <thead>
            <tr>
              <th scope="col">{t("role")}</th>
              <th scope="col">{t("unit")}</th>
              <th scope="col">{t("due")}</th>
            </tr>
          </thead>
          <tbody>
            {units.map((a) => (
              <tr key={a.id}>
                <td>{all(`assignmentRole.${a.role}`)}</td>
                <td>{a.unit.name}</td>
                <td>{a.dueAt ? day(a.dueAt) : t("noDue")}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section className="text-sm">
        <h2 className="font-semibold">{t("requirements")}</h2>
        <ol className="list-decimal pl-5">
          <li>{t("requirement1")}</li>
          <li>{t("requirement2")}</li>
          <li>{t("requirement3")}</li>
        </ol>
      </section>
      <div className="flex justify-end gap-10 pt-6">
        <p>
          {t("issuer")}：{t("seal")}
        </p>
        <p>{day(units[0].assignedAt)}</p>
      </div>
    </PrintSheet>
  );
}
