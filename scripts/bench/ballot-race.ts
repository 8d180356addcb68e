// npx tsx scripts/bench/ballot-race.ts [--deputies 500] [--candidates 12] [--places 10] [--repeats 100] [--spread 60]
// Issue 14: every deputy of a congress casts their ballot within `spread` seconds (0: all in the same instant), and
// `repeats` of them press the button twice at the same moment (a second, simultaneous ballot). In a throwaway PostgreSQL cluster (as run.ts starts one). Prints the
// ballots accepted and refused, the participation rows, and each candidate's 赞成+反对+弃权; exits 1 unless every
// candidate's counters add up to exactly the online participations and every deputy voted exactly once.
// Not part of `npm test`.
import { randomUUID } from "node:crypto";
import { createDatabaseIfMissing, startTemporaryCluster } from "../lib/embedded-db.ts";
import { migrationsDir } from "../lib/paths.ts";
import { applyMigrations } from "../lib/schema-engine.ts";
import { testSecrets } from "../lib/test-secrets.ts";

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
}

const DEPUTIES = arg("deputies", 500);
const CANDIDATES = arg("candidates", 12);
const PLACES = arg("places", 10);
const REPEATS = arg("repeats", 100);
const SPREAD = arg("spread", 60);

async function main() {
  const cluster = await startTemporaryCluster();
  const url = cluster.baseUrl("bench_ballot");
  let failed = false;
  try {
    await createDatabaseIfMissing(url);
    await applyMigrations(url, migrationsDir);
    Object.assign(process.env, testSecrets(), { DATABASE_URL: url });
    const { db } = await import("../../lib/db.ts");
    const { createRound, advanceRound, openVoting } = await import("../../lib/projects/rounds.ts");
    const { createCandidate } = await import("../../lib/projects/proposals.ts");
    const { markAttendance } = await import("../../lib/projects/meeting.ts");
    const { castBallot } = await import("../../lib/projects/ballot.ts");
    const { shanghaiDateOf, addDays } = await import("../../lib/calendar/civil-date.ts");

    const region = await db.region.create({ data: { code: "360802", name: "吉州区", level: "DISTRICT", path: "/" } });
    await db.region.update({ where: { id: region.id }, data: { path: `/${region.id}/` } });
    const unit = await db.handlingUnit.create({ data: { name: "区住建局", regionId: region.id } });
    const staffUser = await db.user.create({
      data: { role: "COMMITTEE_STAFF", name: "基准", username: "bench-staff", regionId: region.id },
    });
    const staff = {
      id: staffUser.id,
      role: staffUser.role,
      regionPath: `/${region.id}/`,
      unitId: null,
      deputyId: null,
      stationIds: [],
    };
    const client = { ip: "127.0.0.1", userAgent: "bench" };

    const deputies = [];
    for (let i = 0; i < DEPUTIES; i++) {
      const d = await db.deputy.create({
        data: {
          name: `代表${i}`,
          qrToken: randomUUID().slice(0, 16),
          mandates: { create: { level: "COUNTY", term: 17, regionId: region.id } },
        },
      });
      const u = await db.user.create({ data: { role: "DEPUTY", name: d.name, username: `dep${i}`, deputyId: d.id } });
      deputies.push({
        id: d.id,
        actor: { id: u.id, role: u.role, regionPath: null, unitId: null, deputyId: d.id, stationIds: [] },
      });
    }
    const today = shanghaiDateOf(new Date());
    const { id: roundId } = await createRound(
      staff,
      {
        regionId: String(region.id),
        level: "COUNTY",
        term: "17",
        year: today.slice(0, 4),
        title: "基准轮次",
        collectFrom: today,
        collectUntil: addDays(today, 1),
        places: String(PLACES),
        rule: "MOST_YES_HALF_PRESENT",
        dimensions: "",
      },
      client,
    );
    await advanceRound(staff, { roundId: String(roundId) }, client);
    const candidateIds: number[] = [];
    for (let i = 0; i < CANDIDATES; i++) {
      const c = await createCandidate(
        staff,
        {
          roundId: String(roundId),
          title: `候选项目${i + 1}号`,
          description: "基准用候选项目说明。",
          unitId: String(unit.id),
          costWan: "100",
        },
        client,
      );
      candidateIds.push(c.id);
    }
    await advanceRound(staff, { roundId: String(roundId) }, client);
    await markAttendance(staff, { roundId: String(roundId), deputyIds: deputies.map((d) => String(d.id)) }, client);
    await openVoting(staff, { roundId: String(roundId) }, client);

    // Each deputy: 赞成 for PLACES candidates starting at their own offset, 反对 or 弃权 for the rest.
    const ballotOf = (i: number) => ({
      roundId: String(roundId),
      choices: Object.fromEntries(
        candidateIds.map((id, k) => [
          `c${id}`,
          (((k - i) % CANDIDATES) + CANDIDATES) % CANDIDATES < PLACES ? "YES" : k % 2 ? "NO" : "ABSTAIN",
        ]),
      ),
    });
    const attempts = [...deputies.map((d, i) => ({ d, i })), ...deputies.slice(0, REPEATS).map((d, i) => ({ d, i }))];
    const t0 = performance.now();
    // Each deputy presses at a random moment within the spread; a repeat presses at the same moment as the first.
    const moment = deputies.map(() => Math.random() * SPREAD * 1000);
    const fire = (list: typeof attempts, spread = true) =>
      Promise.allSettled(
        list.map(async ({ d, i }) => {
          if (spread) await new Promise((r) => setTimeout(r, moment[i]));
          return castBallot(d.actor, ballotOf(i), client);
        }),
      );
    const tally = (results: PromiseSettledResult<unknown>[]) => {
      const out = new Map<string, number>();
      for (const r of results) {
        const key =
          r.status === "fulfilled"
            ? "accepted"
            : ((r.reason as { messageKey?: string }).messageKey ?? String((r.reason as Error).message ?? r.reason));
        out.set(key, (out.get(key) ?? 0) + 1);
      }
      return Object.fromEntries(out);
    };
    const first = await fire(attempts);
    const ms = performance.now() - t0;
    console.log(
      `${attempts.length} ballots within ${SPREAD} s (${DEPUTIES} deputies, ${REPEATS} of them pressing twice at once): ${ms.toFixed(0)} ms`,
    );
    console.log(`first press: ${JSON.stringify(tally(first))}`);
    // A ballot that waited too long for a database connection was refused as "temporarily unavailable" and wrote
    // nothing; its deputy presses again, as the page tells them to.
    const unavailable = (r: PromiseSettledResult<unknown>) =>
      r.status === "rejected" &&
      /timeout exceeded when trying to connect|Unable to start a transaction/.test(
        String((r.reason as Error)?.message),
      );
    let retry = attempts.filter((_, k) => unavailable(first[k]));
    for (let pass = 1; retry.length > 0 && pass <= 5; pass++) {
      const again = await fire(retry, false);
      console.log(`press again (${pass}): ${JSON.stringify(tally(again))}`);
      retry = retry.filter((_, k) => unavailable(again[k]));
    }
    const accepted = await db.auditEvent.count({ where: { action: "project.ballot.cast", result: "SUCCESS" } });
    const participations = await db.ballotParticipation.count({ where: { roundId, method: "ONLINE" } });
    const tallies = await db.projectTally.findMany({ where: { roundId }, orderBy: { candidateId: "asc" } });
    console.log(`ballots accepted in all ${accepted}`);
    console.log(`participation rows ${participations}`);
    let yesTotal = 0;
    for (const t of tallies) {
      const sum = t.onlineYes + t.onlineNo + t.onlineAbstain;
      yesTotal += t.onlineYes;
      console.log(
        `candidate ${t.candidateId}: 赞成 ${t.onlineYes} 反对 ${t.onlineNo} 弃权 ${t.onlineAbstain} = ${sum}`,
      );
      if (sum !== participations) failed = true;
    }
    console.log(`赞成 in all ${yesTotal} (expected ${PLACES} × ${participations} = ${PLACES * participations})`);
    if (participations !== DEPUTIES || accepted !== DEPUTIES || yesTotal !== PLACES * participations) failed = true;
    console.log(
      failed
        ? "FAIL: counts and participations differ"
        : "OK: counts equal participations, nothing lost, nothing doubled",
    );
    await db.$disconnect();
  } finally {
    await cluster.stop();
  }
  process.exit(failed ? 1 : 0);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
