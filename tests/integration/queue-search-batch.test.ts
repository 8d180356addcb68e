import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { encryptPii, piiHmac } from "@/lib/crypto/pii";
import { WorkCalendar } from "@/lib/calendar/working-days";
import { shanghaiDateOf } from "@/lib/calendar/civil-date";
import { batchItems, previewBatch, runBatch } from "@/lib/suggestions/batch";
import { deleteQueueFilter, saveQueueFilter, savedFilterLinks } from "@/lib/suggestions/saved-filters";
import { listStaffQueue } from "@/lib/suggestions/staff-queue";
import { submitSuggestion } from "@/lib/suggestions/submit-suggestion";
import { acceptSuggestion, declineSuggestion } from "@/lib/suggestions/triage";
import { listUnitAssignments } from "@/lib/suggestions/unit-assignments";
import { actorOf, createLoopWorld, submitAs, versionOf, type LoopWorld } from "../factories/loop";
import { createStaffUser } from "../factories/users";

const phoneOf = () => `138${String(Math.floor(Math.random() * 1e8)).padStart(8, "0")}`;

async function giveResidentPhone(w: LoopWorld) {
  const phone = phoneOf();
  await db.user.update({
    where: { id: w.resident.id },
    data: { phoneHmac: piiHmac(phone), phoneEnc: encryptPii(phone) },
  });
  return phone;
}

/** Many items at once, as a session's worth of submissions would be (the submission cap is per resident). */
async function insertItems(w: LoopWorld, n: number, title: string) {
  const tag = randomUUID().slice(0, 6);
  await db.suggestion.createMany({
    data: Array.from({ length: n }, (_, i) => ({
      trackingCode: `T${tag}${String(i).padStart(3, "0")}`.toUpperCase().slice(0, 16),
      kind: "OPINION" as const,
      source: "ONLINE" as const,
      title: `${title}${i}`,
      content: "批量测试内容。",
      categoryId: w.category.id,
      regionId: w.station.regionId,
      stationId: w.station.id,
      proposerId: w.resident.id,
      submittedAt: new Date(Date.now() - i * 1000),
    })),
  });
  const rows = await db.suggestion.findMany({ where: { trackingCode: { startsWith: `T${tag}`.toUpperCase() } } });
  return rows.map((r) => r.id);
}

async function auditRows(actorId: number, action: string) {
  return db.auditEvent.findMany({ where: { actorId, action }, orderBy: { id: "asc" } });
}

describe("searching the staff queue", () => {
  it("opens an item by its exact tracking code, in scope only", async () => {
    const w = await createLoopWorld();
    const id = await submitAs(w, "东门路灯不亮");
    const code = (await db.suggestion.findUniqueOrThrow({ where: { id } })).trackingCode;
    const page = await listStaffQueue(w.staff, { q: code.toLowerCase() });
    expect(page.exactId).toBe(id);
    // Staff of another region get no jump and no row: the item does not exist for them.
    const other = await createLoopWorld();
    const elsewhere = await listStaffQueue(other.staff, { q: code });
    expect(elsewhere.exactId).toBeNull();
    expect(elsewhere.rows).toEqual([]);
  });

  it("finds items by words in the title or the text, every word required, wildcards taken literally", async () => {
    const w = await createLoopWorld();
    const lamp = await submitAs(w, "小区路灯坏了");
    const road = await submitAs(w, "道路坑洼积水");
    const found = await listStaffQueue(w.staff, { q: "小区路灯" });
    expect(found.rows.map((r) => r.id)).toEqual([lamp]);
    // "一个多月" is in the text of both (submitAs writes the same text); "积水" only in one title.
    const both = await listStaffQueue(w.staff, { q: "一个多月" });
    expect(both.rows.map((r) => r.id).sort()).toEqual([lamp, road].sort());
    const and = await listStaffQueue(w.staff, { q: "一个多月 积水" });
    expect(and.rows.map((r) => r.id)).toEqual([road]);
    // Short words (ILIKE without the index) still answer correctly on a small table.
    const short = await listStaffQueue(w.staff, { q: "坑洼" });
    expect(short.rows.map((r) => r.id)).toEqual([road]);
    const percent = await listStaffQueue(w.staff, { q: "%" });
    expect(percent.rows).toEqual([]);
  });

  it("the trigram index splits Chinese text into trigrams in this database (else word search would scan)", async () => {
    const [row] = await db.$queryRaw<{ n: number }[]>`SELECT cardinality(show_trgm('小区路灯不亮'))::int AS n`;
    expect(row.n).toBeGreaterThan(0);
  });

  it("finds a proposer's items by phone through the HMAC, and every search is audited", async () => {
    const w = await createLoopWorld();
    const phone = await giveResidentPhone(w);
    const mine = await submitAs(w, "楼道堆放杂物");
    const page = await listStaffQueue(w.staff, { q: phone });
    expect(page.rows.map((r) => r.id)).toEqual([mine]);
    const nobody = await listStaffQueue(w.staff, { q: phoneOf() });
    expect(nobody.rows).toEqual([]);
    const rows = await auditRows(w.staff.id, "pii.search");
    expect(rows.map((r) => [r.result, (r.detail as { found: boolean }).found])).toEqual([
      ["SUCCESS", true],
      ["SUCCESS", false],
    ]);
    expect(rows[0].targetId).toBe(String(w.resident.id));
    // The number itself is never written to the audit trail.
    expect(JSON.stringify(rows.map((r) => [r.targetId, r.detail]))).not.toContain(phone);
  });

  it("refuses a phone search to a role that may not unmask phones, and audits the refusal", async () => {
    const w = await createLoopWorld();
    const leaderUser = await createStaffUser("LEADER", { regionId: w.region.id });
    const leader = actorOf(leaderUser, { regionPath: w.region.path });
    await expect(listStaffQueue(leader, { q: phoneOf() })).rejects.toMatchObject({ code: "forbidden" });
    const rows = await auditRows(leader.id, "pii.search");
    expect(rows.map((r) => r.result)).toEqual(["DENIED"]);
  });

  it("searches a unit's own list by code and words, nothing else", async () => {
    const w = await createLoopWorld();
    const ours = await submitAs(w, "公园厕所漏水");
    const notOurs = await submitAs(w, "公园长椅损坏");
    await runBatch(w.staff, { op: "assign", items: [`${ours}:${await versionOf(ours)}`], leadUnitId: w.leadUnit.id });
    const byWord = await listUnitAssignments(w.leadStaff, { q: "公园" });
    expect(byWord.rows.map((r) => r.suggestionId)).toEqual([ours]);
    const code = (await db.suggestion.findUniqueOrThrow({ where: { id: notOurs } })).trackingCode;
    const byCode = await listUnitAssignments(w.leadStaff, { q: code });
    expect(byCode.exactId).toBeNull();
    expect(byCode.rows).toEqual([]);
  });
});

describe("batch steps (集中交办)", () => {
  it("assigns 50 items in one step: due dates per item in the preview, one audit row per item", async () => {
    const w = await createLoopWorld();
    const ids = await insertItems(w, 50, "集中交办事项");
    // Half were accepted before: the step accepts the rest first, through the same use case.
    for (const id of ids.slice(0, 25))
      await acceptSuggestion(w.staff, { suggestionId: id, version: await versionOf(id) });

    const items = await batchItems(w.staff, { ids });
    expect(items).toHaveLength(50);
    const preview = await previewBatch("assign", items);
    const weekdays = WorkCalendar.weekendsOnly();
    const expected = weekdays.addWorkingDays(shanghaiDateOf(new Date()), 15);
    expect(preview.every((r) => r.skip === null && r.leadDueAt && shanghaiDateOf(r.leadDueAt) === expected)).toBe(true);

    const outcome = await runBatch(w.staff, {
      op: "assign",
      items: items.map((s) => `${s.id}:${s.version}`),
      leadUnitId: w.leadUnit.id,
      coUnitIds: [w.coUnit.id],
    });
    expect(outcome.failed).toEqual([]);
    expect(outcome.moved).toHaveLength(50);
    const after = await db.suggestion.findMany({ where: { id: { in: ids } }, include: { assignments: true } });
    expect(after.every((s) => s.status === "ASSIGNED" && s.assignments.length === 2)).toBe(true);
    // The preview's dates are what the items got.
    const dueById = new Map(preview.map((r) => [r.id, r.leadDueAt!.getTime()]));
    expect(after.every((s) => Math.abs(s.dueAt!.getTime() - dueById.get(s.id)!) < 60_000)).toBe(true);
    const audited = await db.auditEvent.findMany({
      where: { actorId: w.staff.id, action: "suggestion.assign", targetId: { in: ids.map(String) } },
    });
    expect(audited).toHaveLength(50);
    expect(new Set(audited.map((a) => a.targetId)).size).toBe(50);
  });

  it("moves the rest when some items cannot be moved, and says which and why", async () => {
    const w = await createLoopWorld();
    const ok = [await submitAs(w, "可交办一"), await submitAs(w, "可交办二")];
    const changed = await submitAs(w, "预览后被他人改动");
    const declined = await submitAs(w, "已不予受理");
    const other = await createLoopWorld();
    const foreign = await submitAs(other, "外区事项");
    const items = await batchItems(w.staff, { ids: [...ok, changed, declined, foreign] });
    // Out of scope: never even listed.
    expect(items.map((s) => s.id)).not.toContain(foreign);
    const refs = [...items.map((s) => `${s.id}:${s.version}`), `${foreign}:${await versionOf(foreign)}`];
    // After the preview: someone accepts one item, another is declined.
    await acceptSuggestion(w.staff, { suggestionId: changed, version: await versionOf(changed) });
    await declineSuggestion(w.staff, {
      suggestionId: declined,
      version: await versionOf(declined),
      reason: "不属于受理范围",
    });

    const outcome = await runBatch(w.staff, { op: "assign", items: refs, leadUnitId: w.leadUnit.id });
    expect(outcome.moved.map((m) => m.id).sort()).toEqual([...ok].sort());
    const failed = new Map(outcome.failed.map((f) => [f.id, f]));
    expect(failed.get(changed)?.reason).toBe("stale");
    expect(failed.get(declined)?.reason).toBe("illegalTransition");
    expect(failed.get(foreign)).toMatchObject({ reason: "notFound", title: "", trackingCode: "" });
    const statuses = await db.suggestion.findMany({ where: { id: { in: ok } }, select: { status: true } });
    expect(statuses.every((s) => s.status === "ASSIGNED")).toBe(true);
    const failures = await db.auditEvent.findMany({ where: { actorId: w.staff.id, action: "suggestion.batch" } });
    expect(failures.map((f) => f.targetId).sort()).toEqual([changed, declined, foreign].map(String).sort());
  });

  it("collects every item matching a filter when asked for all of them", async () => {
    const w = await createLoopWorld();
    const a = await submitAs(w, "筛选批量甲");
    const b = await submitAs(w, "筛选批量乙");
    await submitAs(w, "别的事项");
    const items = await batchItems(w.staff, { filters: { q: "筛选批量" } });
    expect(items.map((s) => s.id).sort()).toEqual([a, b].sort());
  });
});

describe("deputy suggestion numbers", () => {
  it("gives concurrent deputy suggestions distinct consecutive numbers of the year", async () => {
    const w = await createLoopWorld();
    const deputy = await db.deputy.create({ data: { name: "编号测试代表", qrToken: randomUUID().slice(0, 20) } });
    const user = await createStaffUser("DEPUTY");
    await db.user.update({ where: { id: user.id }, data: { deputyId: deputy.id } });
    const actor = actorOf(user, { deputyId: deputy.id });
    const submit = (i: number) =>
      submitSuggestion(
        actor,
        {
          title: `代表建议${i}`,
          content: "关于加强社区养老服务的建议。",
          categoryId: w.category.id,
          stationId: w.station.id,
          via: "web",
          idempotencyKey: randomUUID(),
        },
        [],
        { ip: null, userAgent: null },
      );
    const made = await Promise.all(Array.from({ length: 8 }, (_, i) => submit(i)));
    const rows = await db.suggestion.findMany({
      where: { id: { in: made.map((m) => m.id) } },
      select: { number: true, numberYear: true },
    });
    const year = Number(shanghaiDateOf(new Date()).slice(0, 4));
    expect(rows.every((r) => r.numberYear === year)).toBe(true);
    const numbers = rows.map((r) => r.number!).sort((x, y) => x - y);
    expect(new Set(numbers).size).toBe(8);
    expect(numbers.at(-1)! - numbers[0]).toBe(7); // consecutive: nothing else numbered in between
    // The database refuses a second item with a number already given.
    const again = await submitAs(w, "居民意见");
    await expect(
      db.suggestion.update({
        where: { id: again },
        data: { kind: "DEPUTY_SUGGESTION", number: numbers[0], numberYear: year },
      }),
    ).rejects.toThrow();
    // Residents' opinions carry no number.
    expect((await db.suggestion.findUniqueOrThrow({ where: { id: again } })).number).toBeNull();
  });
});

describe("saved filters", () => {
  it("keeps a person's own filters private and shared ones visible to all staff", async () => {
    const w = await createLoopWorld();
    const colleagueUser = await createStaffUser("COMMITTEE_STAFF", { regionId: w.region.id });
    const colleague = actorOf(colleagueUser, { regionPath: w.region.path });
    const name = `逾期${randomUUID().slice(0, 4)}`;
    await saveQueueFilter(w.staff, { name, query: "?due=overdue&after=xyz&bogus=1", shared: "" });
    await saveQueueFilter(w.staff, { name: `${name}共享`, query: "?stage=open&q=路灯", shared: "on" });
    const mine = await savedFilterLinks(w.staff, "/staff/queue");
    expect(mine.filter((l) => l.name.startsWith(name)).map((l) => [l.name, l.href, l.shared])).toEqual([
      [name, "/staff/queue?due=overdue", false],
      [`${name}共享`, `/staff/queue?q=${encodeURIComponent("路灯")}&stage=open`, true],
    ]);
    const theirs = await savedFilterLinks(colleague, "/staff/queue");
    expect(theirs.filter((l) => l.name.startsWith(name)).map((l) => [l.name, l.mine])).toEqual([
      [`${name}共享`, false],
    ]);
    // Same name twice: a clear message; someone else's filter cannot be deleted.
    await expect(saveQueueFilter(w.staff, { name, query: "?stage=open", shared: "" })).rejects.toMatchObject({
      messageKey: "savedFilter.nameTaken",
    });
    const shared = mine.find((l) => l.shared)!;
    await expect(deleteQueueFilter(colleague, { filterId: shared.id })).rejects.toMatchObject({ code: "notFound" });
    await deleteQueueFilter(w.staff, { filterId: shared.id });
    expect((await savedFilterLinks(colleague, "/staff/queue")).some((l) => l.id === shared.id)).toBe(false);
    // A unit's staff cannot save one (audited refusal).
    await expect(saveQueueFilter(w.leadStaff, { name: "x", query: "?stage=open", shared: "" })).rejects.toMatchObject({
      code: "forbidden",
    });
  });
});
