// A 民生实事 round ready for each stage: a district, its staff, a department, deputies of the district congress
// (each with an account), a resident, and helpers to reach screening and the ballot.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { createRound, advanceRound, closeVoting, openVoting, publishResult } from "@/lib/projects/rounds";
import { castBallot } from "@/lib/projects/ballot";
import { createCandidate } from "@/lib/projects/proposals";
import { markAttendance } from "@/lib/projects/meeting";
import { shanghaiDateOf, addDays } from "@/lib/calendar/civil-date";
import { actorOf } from "./loop";
import { createRegion, createStaffUser } from "./users";

export const client = { ip: "127.0.0.1", userAgent: "vitest" };

export async function createProjectWorld(opts: { deputies?: number } = {}) {
  const city = await createRegion();
  const region = await createRegion(city);
  const staffUser = await createStaffUser("COMMITTEE_STAFF", { regionId: region.id });
  const otherRegion = await createRegion(city);
  const otherStaffUser = await createStaffUser("COMMITTEE_STAFF", { regionId: otherRegion.id });
  const unit = await db.handlingUnit.create({
    data: { name: `区住建局${randomUUID().slice(0, 6)}`, regionId: region.id },
  });
  const deputies: { id: number; actor: Actor }[] = [];
  for (let i = 0; i < (opts.deputies ?? 6); i++) {
    const d = await db.deputy.create({
      data: {
        name: `代表${i}${randomUUID().slice(0, 4)}`,
        qrToken: randomUUID().slice(0, 16),
        mandates: { create: { level: "COUNTY", term: 17, regionId: region.id } },
      },
    });
    const u = await db.user.create({
      data: {
        role: "DEPUTY",
        name: d.name,
        username: `dep${randomUUID().slice(0, 8)}`,
        passwordHash: "x",
        deputyId: d.id,
      },
    });
    deputies.push({ id: d.id, actor: actorOf(u, { deputyId: d.id }) });
  }
  const residentUser = await createStaffUser("RESIDENT");
  const staff = actorOf(staffUser, { regionPath: region.path });
  return {
    region,
    unit,
    deputies,
    staff,
    otherStaff: actorOf(otherStaffUser, { regionPath: otherRegion.path }),
    resident: actorOf(residentUser),
  };
}

export type ProjectWorld = Awaited<ReturnType<typeof createProjectWorld>>;

export async function openRound(w: ProjectWorld, places = 2) {
  const today = shanghaiDateOf(new Date());
  return createRound(
    w.staff,
    {
      regionId: String(w.region.id),
      level: "COUNTY",
      term: "17",
      year: today.slice(0, 4),
      title: "2027年区民生实事项目",
      collectFrom: addDays(today, -1),
      collectUntil: addDays(today, 10),
      places: String(places),
      rule: "MOST_YES_HALF_PRESENT",
      dimensions: "进度\n质量\n效果",
    },
    client,
  );
}

export async function addCandidates(w: ProjectWorld, roundId: number, n: number) {
  const ids: number[] = [];
  for (let i = 0; i < n; i++) {
    const c = await createCandidate(
      w.staff,
      {
        roundId: String(roundId),
        title: `候选项目第${i + 1}项`,
        description: "新建社区养老服务中心一处，含助餐点。",
        unitId: String(w.unit.id),
        costWan: "120.5",
      },
      client,
    );
    ids.push(c.id);
  }
  return ids;
}

/** A round with `candidates` candidates for `places` places, the list fixed, voting open, everyone present. */
export async function roundOpenForVoting(w: ProjectWorld, places = 2, candidates = 3) {
  const { id: roundId } = await openRound(w, places);
  await advanceRound(w.staff, { roundId: String(roundId) }, client);
  const candidateIds = await addCandidates(w, roundId, candidates);
  await advanceRound(w.staff, { roundId: String(roundId) }, client);
  await markAttendance(w.staff, { roundId: String(roundId), deputyIds: w.deputies.map((d) => String(d.id)) }, client);
  await openVoting(w.staff, { roundId: String(roundId) }, client);
  return { roundId, candidateIds };
}

export const ballotOf = (roundId: number, choices: Record<number, "YES" | "NO" | "ABSTAIN">) => ({
  roundId: String(roundId),
  choices: Object.fromEntries(Object.entries(choices).map(([id, c]) => [`c${id}`, c])),
});

/** A decided round: every deputy votes 赞成 for the first `places` candidates, voting closes, the result is out. */
export async function decidedRound(w: ProjectWorld, places = 2, candidates = 3) {
  const { roundId, candidateIds } = await roundOpenForVoting(w, places, candidates);
  const yes = candidateIds.slice(0, places);
  for (const d of w.deputies) {
    await castBallot(
      d.actor,
      ballotOf(roundId, Object.fromEntries(candidateIds.map((id) => [id, yes.includes(id) ? "YES" : "NO"]))),
      client,
    );
  }
  await closeVoting(w.staff, { roundId: String(roundId) }, client);
  await publishResult(w.staff, { roundId: String(roundId) }, client);
  return { roundId, decided: yes, notDecided: candidateIds.slice(places) };
}

/** The department's account, and a second department with its own account. */
export async function unitAccounts(w: ProjectWorld) {
  const other = await db.handlingUnit.create({
    data: { name: `区水务局${randomUUID().slice(0, 6)}`, regionId: w.region.id },
  });
  const u = await createStaffUser("UNIT_STAFF", { unitId: w.unit.id });
  const o = await createStaffUser("UNIT_STAFF", { unitId: other.id });
  return { unitStaff: actorOf(u), otherUnit: other, otherUnitStaff: actorOf(o) };
}
