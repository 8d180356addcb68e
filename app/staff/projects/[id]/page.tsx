// One 民生实事 round for staff: proposals to screen (group, adopt as a candidate, decline with a reason), the
// candidate list with the 差额 count, review meetings, and at the vote the meeting's steps (presence, voting
// times, paper voters and tallies, the result). Tallies appear only once voting has closed. Once decided: delivery,
// supervision and the satisfaction rating (components/projects/staff-delivery.tsx).
import { notFound } from "next/navigation";
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { areaActor } from "@/components/layout/area-layout";
import { StepForm } from "@/components/forms/step-form";
import { ActionPanel } from "@/components/suggestions/action-panel";
import { Card, EmptyState, PageHeader } from "@/components/ui/card";
import { fromDbDate } from "@/lib/calendar/civil-date";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { currentClientInfo } from "@/lib/http/client-info";
import { loadRoundFor } from "@/lib/projects/access";
import { roundWork } from "@/lib/projects/queries";
import { parseId } from "@/lib/validation/fields";
import { StaffDelivery } from "@/components/projects/staff-delivery";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("projects"))("staff.title") };
}

export default async function StaffRoundPage({ params }: { params: Promise<{ id: string }> }) {
  const actor = await areaActor("staff");
  if (!actor) return null;
  const { id } = await params;
  const roundId = parseId(id);
  if (roundId == null) notFound();
  let round;
  try {
    round = await loadRoundFor(actor, "project.read", roundId, await currentClientInfo());
  } catch (err) {
    if (err instanceof AppError) notFound();
    throw err;
  }
  const [t, format, work, units] = await Promise.all([
    getTranslations("projects"),
    getFormatter(),
    roundWork(round.id),
    db.handlingUnit.findMany({ where: { active: true }, orderBy: { name: "asc" }, select: { id: true, name: true } }),
  ]);
  const f = (name: string) => t(`staff.fields.${name}`);
  const rid = { roundId: String(round.id) };
  const screening = round.status === "COLLECTING" || round.status === "SCREENING";
  const unitOptions = units.map((u) => ({ value: String(u.id), label: u.name }));
  const unitName = (uid: number) => work.units.find((u) => u.id === uid)?.name ?? "";
  const closed = round.votingClosesAt != null && round.votingClosesAt <= new Date();
  const showTally = round.status === "DECIDED" || (round.status === "BALLOT" && closed);
  const voted = new Set(work.participations.map((p) => p.deputyId));
  const present = new Set(work.attendance.map((a) => a.deputyId));
  const when = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: "medium", timeStyle: "short" }) : "—");
  const pending = work.proposals.filter((p) => p.status === "SUBMITTED");
  // The text of a candidate may be corrected until voting opens (the database agrees).
  const editable =
    screening || (round.status === "BALLOT" && (round.votingOpensAt == null || round.votingOpensAt > new Date()));
  const d = await getTranslations("delivery");

  return (
    <div className="min-w-0 space-y-5">
      <PageHeader
        title={round.title}
        intro={`${t(`status.${round.status}`)} · ${t(`rule.${round.rule}`)} · ${t("collectDates", {
          from: fromDbDate(round.collectFrom),
          until: fromDbDate(round.collectUntil),
        })}`}
      />
      <Card title={t("staff.candidateCount", { n: work.candidates.length, places: round.places })}>
        {screening && (
          <ActionPanel>
            <StepForm
              area="projects"
              op="advanceRound"
              hidden={rid}
              fields={[]}
              submitLabel={t(`staff.advance.${round.status}`)}
            />
          </ActionPanel>
        )}
        {work.candidates.length === 0 ? (
          <EmptyState>{t("empty")}</EmptyState>
        ) : (
          <ol className="mt-3 divide-y divide-line" data-testid="candidates">
            {work.candidates.map((c) => (
              <li key={c.id} className="py-2">
                <p className="font-medium">
                  {c.title}
                  {c.outcome && <span className="ml-2 text-sm">{t(`outcome.${c.outcome}`)}</span>}
                </p>
                <p className="text-sm text-muted">
                  {unitName(c.unitId)} · {t("cost", { cost: format.number(Number(c.costWan)) })}
                  {showTally && c.tally && (
                    <>
                      {" · "}
                      {t("tally", {
                        yes: c.tally.onlineYes + c.tally.paperYes,
                        no: c.tally.onlineNo + c.tally.paperNo,
                        abstain: c.tally.onlineAbstain + c.tally.paperAbstain,
                      })}
                    </>
                  )}
                </p>
                {editable && (
                  <details className="mt-2">
                    <summary className="cursor-pointer text-sm text-brand-700">{d("staff.editCandidate")}</summary>
                    <p className="mt-1 text-sm text-muted">{d("staff.editCandidateHint")}</p>
                    <ActionPanel>
                      <StepForm
                        area="projects"

                        op="editCandidate"
                        idPrefix={`ed${c.id}-`}
                        hidden={{ candidateId: String(c.id) }}
                        fields={[
                          {
                            name: "title",
                            label: d("fields.candidateTitle"),
                            kind: "text",
                            max: 60,
                            defaultValue: c.title,
                          },
                          {
                            name: "description",
                            label: d("fields.candidateDescription"),
                            kind: "textarea",
                            max: 2000,
                            defaultValue: c.description,
                          },
                        ]}
                        tone="secondary"
                        submitLabel={d("staff.editCandidate")}
                      />
                    </ActionPanel>
                  </details>
                )}
                {screening && (
                  <ActionPanel>
                    <StepForm
                      area="projects"
                      op="removeCandidate"
                      idPrefix={`rm${c.id}-`}
                      hidden={{ candidateId: String(c.id) }}
                      fields={[]}
                      tone="secondary"
                      submitLabel={t("staff.removeCandidate")}
                    />
                  </ActionPanel>
                )}
              </li>
            ))}
          </ol>
        )}
      </Card>

      {screening && (
        <Card title={t("staff.proposals")}>
          {work.proposals.length === 0 && <EmptyState>{t("staff.noProposals")}</EmptyState>}
          <ul className="space-y-2">
            {work.proposals.map((p) => (
              <li key={p.id} className="rounded-lg border border-line bg-white px-4 py-3">
                <details>
                  <summary className="cursor-pointer">
                    <span className="mr-2 font-mono text-sm text-muted">{p.trackingCode}</span>
                    <span className="font-medium">{p.title}</span>
                    <span className="ml-2 text-sm text-muted">
                      {t(`source.${p.source}`)} · {t(`proposalStatus.${p.status}`)}
                    </span>
                  </summary>
                  <p className="mt-2 whitespace-pre-line">{p.content}</p>
                  <p className="text-sm text-muted">
                    {p.location} · {p.beneficiaries}
                    {p.costWan != null && <> · {t("cost", { cost: format.number(Number(p.costWan)) })}</>}
                  </p>
                  {p.declineReason && <p className="text-sm">{t("declineReason", { reason: p.declineReason })}</p>}
                  {p.status === "SUBMITTED" && (
                    <div className="mt-3 grid gap-4 md:grid-cols-2">
                      <ActionPanel>
                        <StepForm
                          area="projects"
                          op="createCandidate"
                          idPrefix={`ad${p.id}-`}
                          hidden={{ ...rid, proposalIds: String(p.id) }}
                          fields={[
                            { name: "title", label: f("title"), kind: "text", max: 60, defaultValue: p.title },
                            {
                              name: "description",
                              label: f("description"),
                              kind: "textarea",
                              max: 2000,
                              defaultValue: p.content,
                            },
                            { name: "unitId", label: f("unitId"), kind: "select", options: unitOptions },
                            {
                              name: "costWan",
                              label: f("costWan"),
                              kind: "text",
                              defaultValue: p.costWan?.toString() ?? "",
                            },
                          ]}
                          submitLabel={t("staff.adopt")}
                        />
                      </ActionPanel>
                      <div className="space-y-4">
                        <ActionPanel>
                          <StepForm
                            area="projects"
                            op="declineProposal"
                            idPrefix={`dc${p.id}-`}
                            hidden={{ proposalId: String(p.id) }}
                            fields={[{ name: "reason", label: f("reason"), kind: "textarea", max: 500 }]}
                            tone="secondary"
                            submitLabel={t("staff.decline")}
                          />
                        </ActionPanel>
                        {pending.length > 1 && (
                          <ActionPanel>
                            <StepForm
                              area="projects"
                              op="mergeProposal"
                              idPrefix={`mg${p.id}-`}
                              hidden={{ proposalId: String(p.id) }}
                              fields={[
                                {
                                  name: "intoId",
                                  label: f("intoId"),
                                  kind: "select",
                                  options: pending
                                    .filter((o) => o.id !== p.id)
                                    .map((o) => ({ value: String(o.id), label: `${o.trackingCode} ${o.title}` })),
                                },
                              ]}
                              tone="secondary"
                              submitLabel={t("staff.merge")}
                            />
                          </ActionPanel>
                        )}
                      </div>
                    </div>
                  )}
                </details>
              </li>
            ))}
          </ul>
        </Card>
      )}

      {screening && (
        <Card title={t("staff.addCandidate")}>
          <ActionPanel>
            <StepForm
              area="projects"
              op="createCandidate"
              hidden={rid}
              layout="columns"
              fields={[
                { name: "title", label: f("title"), kind: "text", max: 60 },
                { name: "unitId", label: f("unitId"), kind: "select", options: unitOptions },
                { name: "costWan", label: f("costWan"), kind: "text" },
                { name: "description", label: f("description"), kind: "textarea", max: 2000 },
              ]}
              submitLabel={t("staff.addCandidate")}
            />
          </ActionPanel>
        </Card>
      )}

      <Card title={t("staff.reviews")}>
        <ul className="mb-3 divide-y divide-line">
          {work.reviews.map((r) => (
            <li key={r.id} className="py-2">
              {fromDbDate(r.heldOn)} · {t(`reviewKind.${r.kind}`)}
              {r.note && <span className="text-muted"> · {r.note}</span>}
            </li>
          ))}
        </ul>
        {round.status !== "DECIDED" && (
          <ActionPanel>
            <StepForm
              area="projects"
              op="recordReview"
              hidden={rid}
              layout="columns"
              fields={[
                {
                  name: "kind",
                  label: f("kind"),
                  kind: "select",
                  options: (["GOVERNMENT_EXECUTIVE", "CHAIRMEN", "OTHER"] as const).map((k) => ({
                    value: k,
                    label: t(`reviewKind.${k}`),
                  })),
                },
                { name: "heldOn", label: f("heldOn"), kind: "date" },
                { name: "note", label: f("note"), kind: "textarea", max: 500 },
              ]}
              submitLabel={t("staff.addReview")}
            />
          </ActionPanel>
        )}
      </Card>

      {round.status === "DECIDED" && (
        <StaffDelivery
          round={round}
          projects={work.candidates.filter((c) => c.outcome === "DECIDED")}
          units={unitOptions}
          deputies={work.deputies}
        />
      )}

      {round.status === "BALLOT" && (
        <Card title={t("staff.meeting")}>
          <p className="mb-3">
            {t("staff.votingWindow", {
              from: when(round.votingOpensAt),
              until: round.votingClosesAt ? when(round.votingClosesAt) : t("staff.untilClosed"),
            })}
            <br />
            {t("staff.turnout", {
              present: present.size,
              voted: voted.size,
              paper: work.participations.filter((p) => p.method === "PAPER").length,
            })}
          </p>
          <div className="grid gap-4 md:grid-cols-2">
            <ActionPanel>
              <StepForm
                area="projects"
                op="setVotingTimes"
                hidden={rid}
                fields={[
                  { name: "opensAt", label: f("opensAt"), kind: "datetime-local" },
                  { name: "closesAt", label: f("closesAt"), kind: "datetime-local" },
                ]}
                submitLabel={t("staff.votingTimes")}
              />
            </ActionPanel>
            <div className="space-y-3">
              <ActionPanel>
                <StepForm area="projects" op="openVoting" hidden={rid} fields={[]} submitLabel={t("staff.openNow")} />
              </ActionPanel>
              <ActionPanel>
                <StepForm
                  area="projects"
                  op="closeVoting"
                  hidden={rid}
                  fields={[]}
                  tone="secondary"
                  submitLabel={t("staff.closeNow")}
                />
              </ActionPanel>
            </div>
          </div>
          <div className="mt-4">
            <ActionPanel>
              <StepForm
                area="projects"
                op="markAttendance"
                hidden={rid}
                fields={[
                  {
                    name: "deputyIds",
                    label: f("present"),
                    kind: "checkboxes",
                    options: work.deputies.map((d) => ({
                      value: String(d.id),
                      label: d.name,
                      checked: present.has(d.id),
                    })),
                  },
                ]}
                submitLabel={t("staff.markPresent")}
              />
            </ActionPanel>
          </div>
          <div className="mt-4 grid gap-4 md:grid-cols-2">
            <ActionPanel>
              <StepForm
                area="projects"
                op="markPaperVoter"
                hidden={rid}
                fields={[
                  {
                    name: "deputyId",
                    label: t("staff.markPaper"),
                    kind: "select",
                    options: work.deputies
                      .filter((d) => present.has(d.id) && !voted.has(d.id))
                      .map((d) => ({ value: String(d.id), label: d.name })),
                  },
                ]}
                tone="secondary"
                submitLabel={t("staff.markPaper")}
              />
            </ActionPanel>
            <ActionPanel>
              <StepForm
                area="projects"
                op="enterPaperTally"
                hidden={rid}
                layout="columns"
                fields={work.candidates.flatMap((c) =>
                  (["y", "n", "a"] as const).map((k) => ({
                    name: `${k}${c.id}`,
                    label: `${c.title} · ${t(`ballot.${k === "y" ? "YES" : k === "n" ? "NO" : "ABSTAIN"}`)}`,
                    kind: "number" as const,
                    defaultValue: String(
                      c.tally ? (k === "y" ? c.tally.paperYes : k === "n" ? c.tally.paperNo : c.tally.paperAbstain) : 0,
                    ),
                  })),
                )}
                submitLabel={t("staff.paperTally")}
              />
            </ActionPanel>
          </div>
          <div className="mt-4">
            <ActionPanel>
              <StepForm
                area="projects"
                op="publishResult"
                hidden={rid}
                fields={[]}
                confirm={{ question: t("staff.publishConfirm"), yes: t("staff.publish"), no: t("staff.confirmNo") }}
                submitLabel={t("staff.publish")}
              />
            </ActionPanel>
          </div>
        </Card>
      )}
    </div>
  );
}
