// 民生实事项目票决 (issue 14): collection, screening with 差额, and the secret ballot.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { castBallot, checkReceipt } from "@/lib/projects/ballot";
import { enterPaperTally, markAttendance, markPaperVoter } from "@/lib/projects/meeting";
import { createCandidate, declineProposal, submitProposal } from "@/lib/projects/proposals";
import { advanceRound, closeVoting, publishResult } from "@/lib/projects/rounds";
import { listOwnProposals } from "@/lib/projects/queries";
import {
  addCandidates,
  ballotOf,
  client,
  createProjectWorld,
  openRound,
  roundOpenForVoting,
  type ProjectWorld,
} from "../factories/projects";

const reasonOf = (p: Promise<unknown>) =>
  p.then(
    () => "ok",
    (e: { messageKey?: string }) => e.messageKey ?? String(e),
  );

async function totals(roundId: number) {
  const rows = await db.projectTally.findMany({ where: { roundId }, orderBy: { candidateId: "asc" } });
  return rows.map((t) => ({ id: t.candidateId, yes: t.onlineYes, no: t.onlineNo, abstain: t.onlineAbstain }));
}

const allYesNo = (ids: number[], yes: number[]) =>
  Object.fromEntries(ids.map((id) => [id, yes.includes(id) ? "YES" : "NO"])) as Record<number, "YES" | "NO">;

describe("征集: proposals", () => {
  it("gives a resident's proposal a tracking code, and the proposer sees it declined with the reason", async () => {
    const w = await createProjectWorld();
    const { id: roundId } = await openRound(w);
    const p = await submitProposal(
      w.resident,
      {
        roundId: String(roundId),
        title: "老旧小区加装电梯",
        content: "幸福里小区6栋楼均为七层，没有电梯，老人上下楼困难。",
        location: "幸福里小区",
        beneficiaries: "约300户居民",
        costWan: "80",
      },
      client,
    );
    expect(p.trackingCode).toMatch(/^[2-9A-HJ-NP-Z]{8}$/);
    await declineProposal(w.staff, { proposalId: String(p.id), reason: "已列入市级加装电梯计划" }, client);
    const mine = await listOwnProposals(w.resident);
    expect(mine).toMatchObject([
      { trackingCode: p.trackingCode, status: "DECLINED", declineReason: "已列入市级加装电梯计划" },
    ]);
    // Staff of another region cannot reach it: refused as not found, and audited.
    expect(
      await reasonOf(declineProposal(w.otherStaff, { proposalId: String(p.id), reason: "测试拒绝理由" }, client)),
    ).toBe("notFound");
    expect(await db.auditEvent.count({ where: { actorId: w.otherStaff.id, result: "DENIED" } })).toBe(1);
  });
});

describe("初审: the list holds more candidates than places (差额)", () => {
  it("refuses to fix 2 candidates for 2 places, accepts 3, and then the list cannot change", async () => {
    const w = await createProjectWorld();
    const { id: roundId } = await openRound(w, 2);
    await advanceRound(w.staff, { roundId: String(roundId) }, client); // → SCREENING
    await addCandidates(w, roundId, 2);
    expect(await reasonOf(advanceRound(w.staff, { roundId: String(roundId) }, client))).toBe(
      "projects.round_not_competitive",
    );
    expect((await db.projectRound.findUniqueOrThrow({ where: { id: roundId } })).status).toBe("SCREENING");
    expect(
      await db.auditEvent.count({
        where: { action: "project.round.advance", result: "DENIED", targetId: String(roundId) },
      }),
    ).toBe(1);
    await addCandidates(w, roundId, 1);
    await advanceRound(w.staff, { roundId: String(roundId) }, client);
    expect((await db.projectRound.findUniqueOrThrow({ where: { id: roundId } })).status).toBe("BALLOT");
    const more = createCandidate(
      w.staff,
      {
        roundId: String(roundId),
        title: "迟到的候选项目",
        description: "名单确定后不得再加。",
        unitId: String(w.unit.id),
        costWan: "1",
      },
      client,
    );
    expect(await reasonOf(more)).toBe("projects.listFixed");
    expect(await db.projectCandidate.count({ where: { roundId } })).toBe(3);
  });

  it("is enforced by the database too: a direct update to BALLOT with too few candidates fails", async () => {
    const w = await createProjectWorld();
    const { id: roundId } = await openRound(w, 2);
    await addCandidates(w, roundId, 2);
    await expect(db.projectRound.update({ where: { id: roundId }, data: { status: "BALLOT" } })).rejects.toThrow(
      /project_round_not_competitive/,
    );
    // A candidate slipped in after the list is fixed is refused by the trigger as well.
    await addCandidates(w, roundId, 1);
    await db.projectRound.update({ where: { id: roundId }, data: { status: "BALLOT" } });
    await expect(
      db.projectCandidate.create({
        data: { roundId, title: "直接插入", description: "x", unitId: w.unit.id, costWan: 1 },
      }),
    ).rejects.toThrow(/project_candidate_list_fixed/);
  });

  it("holds under a race: removing a candidate while the list is being fixed never leaves N or fewer", async () => {
    const w = await createProjectWorld();
    const { id: roundId } = await openRound(w, 2);
    await advanceRound(w.staff, { roundId: String(roundId) }, client);
    const ids = await addCandidates(w, roundId, 3);
    const { removeCandidate } = await import("@/lib/projects/proposals");
    await Promise.allSettled([
      advanceRound(w.staff, { roundId: String(roundId) }, client),
      removeCandidate(w.staff, { candidateId: String(ids[0]) }, client),
    ]);
    const r = await db.projectRound.findUniqueOrThrow({ where: { id: roundId } });
    const n = await db.projectCandidate.count({ where: { roundId } });
    if (r.status === "BALLOT") expect(n).toBe(3);
    else expect(n).toBe(2);
  });
});

describe("票决: the secret ballot", () => {
  it("counts one ballot per deputy: a second submit is refused and changes nothing; the receipt checks", async () => {
    const w = await createProjectWorld();
    const {
      roundId,
      candidateIds: [a, b, c],
    } = await roundOpenForVoting(w, 2, 3);
    const d = w.deputies[0].actor;
    const { receipt } = await castBallot(d, ballotOf(roundId, { [a]: "YES", [b]: "NO", [c]: "ABSTAIN" }), client);
    expect(receipt).toMatch(/^[2-9A-HJ-NP-Z]{16}$/);
    expect(await reasonOf(castBallot(d, ballotOf(roundId, { [a]: "NO", [b]: "YES", [c]: "YES" }), client))).toBe(
      "projects.alreadyVoted",
    );
    expect(await totals(roundId)).toEqual([
      { id: a, yes: 1, no: 0, abstain: 0 },
      { id: b, yes: 0, no: 1, abstain: 0 },
      { id: c, yes: 0, no: 0, abstain: 1 },
    ]);
    expect(await checkReceipt(d, { receipt }, client)).toMatchObject({ roundId, method: "ONLINE" });
    expect(await checkReceipt(d, { receipt: "2345-6789-ABCD-EFGH" }, client)).toBeNull();
    // The cast ballot cannot be changed or withdrawn, even by a direct statement.
    await expect(db.ballotParticipation.deleteMany({ where: { roundId } })).rejects.toThrow(/cannot be changed/);
  });

  it("counts exactly one of the same deputy's simultaneous ballots (double click, two phones)", async () => {
    const w = await createProjectWorld();
    const {
      roundId,
      candidateIds: [a, b, c],
    } = await roundOpenForVoting(w, 2, 3);
    const d = w.deputies[1].actor;
    const results = await Promise.all(
      Array.from({ length: 8 }, () =>
        reasonOf(castBallot(d, ballotOf(roundId, { [a]: "YES", [b]: "YES", [c]: "NO" }), client)),
      ),
    );
    expect(results.filter((r) => r === "ok")).toHaveLength(1);
    expect(results.filter((r) => r === "projects.alreadyVoted")).toHaveLength(7);
    expect(await db.ballotParticipation.count({ where: { roundId } })).toBe(1);
    expect((await totals(roundId)).map((t) => t.yes + t.no + t.abstain)).toEqual([1, 1, 1]);
  });

  it("loses and doubles nothing when every deputy votes at once: totals equal participations", async () => {
    const w = await createProjectWorld({ deputies: 40 });
    const { roundId, candidateIds } = await roundOpenForVoting(w, 3, 5);
    const [a, b, c, d] = candidateIds;
    const results = await Promise.all(
      w.deputies.map((dep, i) =>
        reasonOf(castBallot(dep.actor, ballotOf(roundId, allYesNo(candidateIds, i % 2 ? [a, b, c] : [b, d])), client)),
      ),
    );
    expect(results.every((r) => r === "ok")).toBe(true);
    const t = await totals(roundId);
    expect(t.every((x) => x.yes + x.no + x.abstain === 40)).toBe(true);
    expect(await db.ballotParticipation.count({ where: { roundId, method: "ONLINE" } })).toBe(40);
    expect(t.find((x) => x.id === b)!.yes).toBe(40);
    expect(t.find((x) => x.id === a)!.yes).toBe(20);
    expect(t.find((x) => x.id === d)!.yes).toBe(20);
  }, 60_000);

  it("refuses more 赞成 than places, writing nothing; the database refuses it too", async () => {
    const w = await createProjectWorld();
    const {
      roundId,
      candidateIds: [a, b, c],
    } = await roundOpenForVoting(w, 2, 3);
    const d = w.deputies[0].actor;
    expect(await reasonOf(castBallot(d, ballotOf(roundId, { [a]: "YES", [b]: "YES", [c]: "YES" }), client))).toBe(
      "projects.tooManyYes",
    );
    expect(await db.ballotParticipation.count({ where: { roundId } })).toBe(0);
    expect((await totals(roundId)).every((x) => x.yes + x.no + x.abstain === 0)).toBe(true);
    // An incomplete ballot (a candidate unmarked) is refused too.
    expect(await reasonOf(castBallot(d, ballotOf(roundId, { [a]: "YES" }), client))).toBe("projects.choiceRequired");
    // Counters moved by hand without a matching participation fail at commit.
    await expect(
      db.projectTally.update({ where: { candidateId: a }, data: { onlineYes: { increment: 1 } } }),
    ).rejects.toThrow(/project_tally_inconsistent/);
  });

  it("refuses a deputy who is not present, one outside the congress, and any ballot after closing", async () => {
    const w = await createProjectWorld();
    const { id: roundId } = await openRound(w, 1);
    await advanceRound(w.staff, { roundId: String(roundId) }, client);
    const [a, b] = await addCandidates(w, roundId, 2);
    await advanceRound(w.staff, { roundId: String(roundId) }, client);
    await markAttendance(w.staff, { roundId: String(roundId), deputyIds: [String(w.deputies[0].id)] }, client);
    const { openVoting } = await import("@/lib/projects/rounds");
    await openVoting(w.staff, { roundId: String(roundId) }, client);
    const ballot = ballotOf(roundId, { [a]: "YES", [b]: "NO" });
    expect(await reasonOf(castBallot(w.deputies[1].actor, ballot, client))).toBe("projects.notPresent");
    const stranger = await createProjectWorld({ deputies: 1 });
    expect(await reasonOf(castBallot(stranger.deputies[0].actor, ballot, client))).toBe("notFound");
    await closeVoting(w.staff, { roundId: String(roundId) }, client);
    expect(await reasonOf(castBallot(w.deputies[0].actor, ballot, client))).toBe("projects.votingClosed");
    expect(await db.ballotParticipation.count({ where: { roundId } })).toBe(0);
    expect(
      await db.auditEvent.count({
        where: { action: "project.ballot.cast", result: "DENIED", targetId: String(roundId) },
      }),
    ).toBe(3);
  });

  it("keeps a paper voter from voting online (and an online voter from being marked), and checks paper tallies", async () => {
    const w = await createProjectWorld();
    const {
      roundId,
      candidateIds: [a, b, c],
    } = await roundOpenForVoting(w, 2, 3);
    const [p1, online] = w.deputies;
    await markPaperVoter(w.staff, { roundId: String(roundId), deputyId: String(p1.id) }, client);
    expect(await reasonOf(castBallot(p1.actor, ballotOf(roundId, { [a]: "YES", [b]: "NO", [c]: "NO" }), client))).toBe(
      "projects.alreadyVoted",
    );
    await castBallot(online.actor, ballotOf(roundId, { [a]: "YES", [b]: "NO", [c]: "NO" }), client);
    expect(
      await reasonOf(markPaperVoter(w.staff, { roundId: String(roundId), deputyId: String(online.id) }, client)),
    ).toBe("projects.alreadyVoted");
    // One paper ballot: two 赞成 for one candidate is more than the paper ballots cast.
    expect(
      await reasonOf(enterPaperTally(w.staff, { roundId: String(roundId), counts: { [`y${a}`]: "2" } }, client)),
    ).toBe("projects.paperTallyInvalid");
    await enterPaperTally(
      w.staff,
      { roundId: String(roundId), counts: { [`y${a}`]: "1", [`y${b}`]: "1", [`n${c}`]: "1" } },
      client,
    );
    const t = await db.projectTally.findUniqueOrThrow({ where: { candidateId: a } });
    expect(t).toMatchObject({ onlineYes: 1, paperYes: 1 });
    // The paper voter's mark carries no choice and no receipt.
    expect(
      await db.ballotParticipation.findUniqueOrThrow({ where: { roundId_deputyId: { roundId, deputyId: p1.id } } }),
    ).toEqual({
      roundId,
      deputyId: p1.id,
      method: "PAPER",
      receiptHash: null,
    });
  });

  it("decides by the round's rule after closing and flags a tie at the last place", async () => {
    const w = await createProjectWorld({ deputies: 7 });
    const { roundId, candidateIds } = await roundOpenForVoting(w, 2, 4);
    const [a, b, c, d] = candidateIds;
    // a: 5 赞成, b: 4, c: 4, d: 1; more than half of 7 present is 4 → a decided, b and c tie for the second place.
    const plans = [
      [a, b],
      [a, b],
      [a, c],
      [a, c],
      [a, d],
      [b, c],
      [b, c],
    ];
    for (let i = 0; i < plans.length; i++) {
      await castBallot(w.deputies[i].actor, ballotOf(roundId, allYesNo(candidateIds, plans[i])), client);
    }
    expect(await reasonOf(publishResult(w.staff, { roundId: String(roundId) }, client))).toBe(
      "projects.votingNotClosed",
    );
    await closeVoting(w.staff, { roundId: String(roundId) }, client);
    await publishResult(w.staff, { roundId: String(roundId) }, client);
    const cands = await db.projectCandidate.findMany({ where: { roundId }, orderBy: { id: "asc" } });
    const outcome = Object.fromEntries(cands.map((x) => [x.id, x.outcome]));
    expect(outcome[a]).toBe("DECIDED");
    expect(outcome[b]).toBe("TIED");
    expect(outcome[c]).toBe("TIED");
    expect(outcome[d]).toBe("NOT_DECIDED");
  });
});

describe("secrecy: nothing joins a deputy to a choice", () => {
  it("has no table with both a person and a choice, and no timestamps on the counters", async () => {
    const cols = await db.$queryRaw<{ table_name: string; column_name: string }[]>`
      SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public'`;
    const byTable = new Map<string, string[]>();
    for (const c of cols) byTable.set(c.table_name, [...(byTable.get(c.table_name) ?? []), c.column_name]);
    const person = /deputy|user|actor|proposer|voter|recordedBy|createdBy/i;
    const choice = /yes|no$|abstain|choice|vote|ballot/i;
    // The catalog itself (information_schema hides constraints of tables the app role does not own).
    const fks = await db.$queryRaw<{ table_name: string; ref: string }[]>`
      SELECT c.conrelid::regclass::text AS table_name, c.confrelid::regclass::text AS ref
      FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace
      WHERE c.contype = 'f' AND n.nspname = 'public'`;
    for (const f of fks) {
      f.table_name = f.table_name.replace(/"/g, "");
      f.ref = f.ref.replace(/"/g, "");
    }
    const refs = (t: string) => fks.filter((f) => f.table_name === t).map((f) => f.ref);
    // The counters: no person, no time, nothing but the candidate, the round and the counts.
    expect((byTable.get("ProjectTally") ?? []).sort()).toEqual(
      [
        "candidateId",
        "roundId",
        "onlineYes",
        "onlineNo",
        "onlineAbstain",
        "paperYes",
        "paperNo",
        "paperAbstain",
      ].sort(),
    );
    expect(refs("ProjectTally").sort()).toEqual(["ProjectCandidate", "ProjectRound"]);
    // The participation: who and how (online/paper), never what or when.
    expect((byTable.get("BallotParticipation") ?? []).sort()).toEqual(["deputyId", "method", "receiptHash", "roundId"]);
    expect(refs("BallotParticipation").sort()).toEqual(["Deputy", "ProjectRound"]);
    // Nothing points at the counters, and no table that names a person holds a choice.
    expect(fks.filter((f) => f.ref === "ProjectTally")).toEqual([]);
    const offenders = [...byTable].filter(([table, columns]) => {
      const hasPerson = columns.some((c) => person.test(c)) || refs(table).some((r) => r === "Deputy" || r === "User");
      const hasChoice = columns.some((c) => choice.test(c) && !/^(receiptHash|method)$/.test(c));
      return hasPerson && hasChoice;
    });
    expect(offenders.map(([t]) => t)).toEqual([]);
  });

  it("writes no choice in the audit trail, and a staff member reading everything sees only totals", async () => {
    const w = await createProjectWorld();
    const {
      roundId,
      candidateIds: [a, b, c],
    } = await roundOpenForVoting(w, 2, 3);
    await castBallot(w.deputies[0].actor, ballotOf(roundId, { [a]: "YES", [b]: "NO", [c]: "ABSTAIN" }), client);
    await castBallot(w.deputies[1].actor, ballotOf(roundId, { [a]: "NO", [b]: "YES", [c]: "YES" }), client);
    const rows = await db.auditEvent.findMany({
      where: { action: "project.ballot.cast", targetId: String(roundId) },
    });
    expect(rows).toHaveLength(2);
    for (const r of rows) expect(r.detail).toBeNull();
    const dump = JSON.stringify(
      // Everything a staff member or auditor reaches about the round's voters.
      await Promise.all([
        db.ballotParticipation.findMany({ where: { roundId } }),
        db.projectAttendance.findMany({ where: { roundId } }),
        db.auditEvent.findMany({
          where: { targetType: "ProjectRound", targetId: String(roundId) },
          select: { actorId: true, action: true, detail: true },
        }),
      ]),
    );
    expect(dump).not.toMatch(/YES|NO"|ABSTAIN|"c\d+"/);
  });
});

// Keep the world type used for helper signatures.
export type { ProjectWorld };
