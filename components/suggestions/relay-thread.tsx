// The messages between a confidential item's proposer and its handling unit, passed on by staff. Staff see
// each waiting message with the choice to pass it on (optionally reworded) or withhold it with a note.
import { getFormatter, getTranslations } from "next-intl/server";
import type { RelayThread as Thread } from "@/lib/suggestions/relay";
import { Card } from "@/components/ui/card";
import { StepForm } from "@/components/forms/step-form";

type Props = {
  messages: Thread;
  viewer: "staff" | "unit" | "proposer" | "other";
  suggestionId: number;
  version: number;
};

export async function RelayThread({ messages, viewer, suggestionId, version }: Props) {
  if (messages.length === 0) return null;
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const date = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short" });
  const LABELS = {
    staff: { TO_PROPOSER: "relay.unitToProposer", TO_UNIT: "relay.proposerToUnit" },
    unit: { TO_PROPOSER: "relay.ourUnitToProposer", TO_UNIT: "relay.fromProposer" },
    proposer: { TO_PROPOSER: "relay.fromUnit", TO_UNIT: "relay.meToUnit" },
    other: { TO_PROPOSER: "relay.unitToProposer", TO_UNIT: "relay.proposerToUnit" },
  } as const;
  const fromLabel = (direction: "TO_PROPOSER" | "TO_UNIT") => t(LABELS[viewer][direction]);
  return (
    <Card title={t("relay.title")}>
      <ol className="space-y-4" data-testid="relay-thread">
        {messages.map((m) => (
          <li key={m.id} className="rounded-md border border-line p-3">
            <p className="text-sm text-muted">
              {fromLabel(m.direction)}
              {viewer === "staff" ? ` · ${m.unit.name}` : ""} · {date(m.createdAt)} ·{" "}
              <span className="font-medium text-ink">{t(`relay.status.${m.status}`)}</span>
            </p>
            <p className="mt-1 whitespace-pre-line">{m.body}</p>
            {m.relayedBody && m.relayedBody !== m.body && (
              <p className="mt-1 text-sm">
                {t("relay.passedOnAs")}：{m.relayedBody}
              </p>
            )}
            {m.staffNote && (
              <p className="mt-1 text-sm text-brand-800">
                {t("relay.staffNote")}：{m.staffNote}
              </p>
            )}
            {viewer === "staff" && m.status === "PENDING" && (
              <div className="mt-3 grid gap-4 sm:grid-cols-2">
                <StepForm
                  area="suggestion"
                  op="relay"
                  idPrefix={`m${m.id}-`}
                  suggestionId={suggestionId}
                  version={version}
                  hidden={{ messageId: String(m.id), decision: "relay" }}
                  submitLabel={t("relay.pass")}
                  fields={[
                    {
                      name: "text",
                      label: t("relay.reword"),
                      kind: "textarea",
                      max: 2000,
                      hint: t("relay.rewordHint"),
                    },
                  ]}
                />
                <StepForm
                  area="suggestion"
                  op="relay"
                  idPrefix={`w${m.id}-`}
                  suggestionId={suggestionId}
                  version={version}
                  tone="secondary"
                  hidden={{ messageId: String(m.id), decision: "withhold" }}
                  submitLabel={t("relay.withhold")}
                  fields={[{ name: "note", label: t("relay.withholdNote"), kind: "textarea", max: 500 }]}
                />
              </div>
            )}
          </li>
        ))}
      </ol>
    </Card>
  );
}
