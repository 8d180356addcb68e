// Every status table against real rows: each move the table allows succeeds, and every other is refused and
// leaves the row exactly as it was (docs/decisions/0062).
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db, type Tx } from "@/lib/db";
import type { AssignmentStatus } from "@/lib/generated/prisma/enums";
import { sourcesOf, type MoveTable } from "@/lib/status/move-table";
import { ASSIGNMENT_MOVES, moveAssignment } from "@/lib/status/assignment";
import { BOOKING_MOVES, moveBooking } from "@/lib/status/booking";
import { moveReceptionSession, SESSION_MOVES } from "@/lib/status/reception-session";
import { moveReply, REPLY_MOVES } from "@/lib/status/reply";
import { moveRelayMessage, RELAY_MOVES } from "@/lib/status/relay-message";
import { CASE_MOVES, moveSupervisionCase } from "@/lib/status/supervision-case";
import { moveSessionSwap, SWAP_MOVES } from "@/lib/status/session-swap";
import { DECISION_MOVES, moveExtensionRequest, moveReturnRequest } from "@/lib/status/decision";
import { IMPORT_MOVES, moveImportBatch } from "@/lib/status/import-batch";
import { moveOutboxMessage, OUTBOX_MOVES } from "@/lib/status/outbox-message";
import { createLoopWorld, submitAs, type LoopWorld } from "../factories/loop";
import { createReceptionWorld } from "../factories/reception";
import { createStaffUser } from "../factories/users";

let w: LoopWorld;
let r: Awaited<ReturnType<typeof createReceptionWorld>>;
let suggestionId: number;
let round = 0;
const later = () => new Date(Date.now() + 30 * 86_400_000);

beforeAll(async () => {
  w = await createLoopWorld();
  r = await createReceptionWorld();
  suggestionId = await submitAs(w);
});

/** A fresh assignment row in a status (its own round, so rows never collide). */
async function assignmentIn(status: AssignmentStatus) {
  const a = await db.assignment.create({
    data: { suggestionId, unitId: w.leadUnit.id, role: "LEAD", status, round: ++round, dueAt: later() },
  });
  return a.id;
}

async function sessionIn(status: keyof typeof SESSION_MOVES) {
  const startsAt = new Date(Date.now() + 5 * 86_400_000);
  const s = await db.receptionSession.create({
    data: {
      stationId: r.station.id,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 3_600_000),
      theme: "状态测试",
      capacity: 5,
      status,
      ...(status === "CANCELLED" ? { cancelReason: "天气", cancelledAt: new Date() } : {}),
    },
  });
  return s.id;
}

const importIds: string[] = [];
const decided = () => ({ decidedById: w.staff.id, decidedAt: new Date() });
const handled = () => ({ handledById: w.staff.id, handledAt: new Date() });

// Method signatures (bivariant), so each entity's case fits the loop below over all of them.
type Case<S extends string> = {
  table: MoveTable<S>;
  /** A real row in `status`, with whatever the database requires of that status. */
  make(status: S): Promise<number>;
  /** The columns the database requires with `to` (check constraints). */
  data?(to: S): Record<string, unknown>;
  move(tx: Tx, id: number, to: S, data: Record<string, unknown>): Promise<number>;
  read(id: number): Promise<{ status: S }>;
};

const CASES = {
  assignment: {
    table: ASSIGNMENT_MOVES,
    make: assignmentIn,
    move: (tx, id, to, data) => moveAssignment(tx, { where: { id }, to, data }),
    read: (id) => db.assignment.findUniqueOrThrow({ where: { id } }),
  } satisfies Case<keyof typeof ASSIGNMENT_MOVES>,
  booking: {
    table: BOOKING_MOVES,
    make: async (status) => {
      const resident = await createStaffUser("RESIDENT"); // one active booking per resident and session
      const b = await db.booking.create({
        data: {
          code: randomUUID().slice(0, 8),
          sessionId: r.session.id,
          residentId: resident.id,
          topic: "养老",
          status,
        },
      });
      return b.id;
    },
    move: (tx, id, to, data) => moveBooking(tx, { where: { id }, to, data }),
    read: (id) => db.booking.findUniqueOrThrow({ where: { id } }),
  } satisfies Case<keyof typeof BOOKING_MOVES>,
  receptionSession: {
    table: SESSION_MOVES,
    make: sessionIn,
    data: (to) => (to === "CANCELLED" ? { cancelReason: "天气", cancelledAt: new Date(), bookedCount: 0 } : {}),
    move: (tx, id, to, data) => moveReceptionSession(tx, { where: { id }, to, data }),
    read: (id) => db.receptionSession.findUniqueOrThrow({ where: { id } }),
  } satisfies Case<keyof typeof SESSION_MOVES>,
  reply: {
    table: REPLY_MOVES,
    make: async (status) => {
      const row = await db.reply.create({
        data: {
          suggestionId,
          unitId: w.leadUnit.id,
          round: 1,
          classification: "A",
          content: "已修复路灯。",
          status,
          createdById: w.leadStaff.id,
        },
      });
      return row.id;
    },
    move: (tx, id, to, data) => moveReply(tx, { where: { id }, to, data }),
    read: (id) => db.reply.findUniqueOrThrow({ where: { id } }),
  } satisfies Case<keyof typeof REPLY_MOVES>,
  relayMessage: {
    table: RELAY_MOVES,
    make: async (status) => {
      const row = await db.relayMessage.create({
        data: {
          suggestionId,
          direction: "TO_PROPOSER",
          unitId: w.leadUnit.id,
          body: "请问是几号楼？",
          authorId: w.leadStaff.id,
          status,
          ...(status === "PENDING" ? {} : handled()),
          ...(status === "RELAYED" ? { relayedBody: "请问是几号楼？" } : {}),
        },
      });
      return row.id;
    },
    data: (to) => ({ ...handled(), ...(to === "RELAYED" ? { relayedBody: "请问是几号楼？" } : {}) }),
    move: (tx, id, to, data) => moveRelayMessage(tx, { where: { id }, to, data }),
    read: (id) => db.relayMessage.findUniqueOrThrow({ where: { id } }),
  } satisfies Case<keyof typeof RELAY_MOVES>,
  supervisionCase: {
    table: CASE_MOVES,
    make: async (status) => {
      const row = await db.supervisionCase.create({
        data: { suggestionId, level: "ROUTINE", reason: "逾期未复", status },
      });
      return row.id;
    },
    move: (tx, id, to, data) => moveSupervisionCase(tx, { where: { id }, to, data }),
    read: (id) => db.supervisionCase.findUniqueOrThrow({ where: { id } }),
  } satisfies Case<keyof typeof CASE_MOVES>,
  sessionSwap: {
    table: SWAP_MOVES,
    make: async (status) => {
      // One pending request per session and deputy: each row on its own session.
      const sessionId = await sessionIn("PUBLISHED");
      const row = await db.sessionSwapRequest.create({
        data: {
          sessionId,
          fromDeputyId: r.deputies[0].id,
          toDeputyId: r.deputies[2].id,
          reason: "临时出差",
          requestedById: r.admin.id,
          status,
        },
      });
      return row.id;
    },
    move: (tx, id, to, data) => moveSessionSwap(tx, { where: { id }, to, data }),
    read: (id) => db.sessionSwapRequest.findUniqueOrThrow({ where: { id } }),
  } satisfies Case<keyof typeof SWAP_MOVES>,
  extensionRequest: {
    table: DECISION_MOVES,
    make: async (status) => {
      const row = await db.extensionRequest.create({
        data: {
          assignmentId: await assignmentIn("ACCEPTED"),
          requestedDueAt: later(),
          reason: "需要协调",
          requestedById: w.leadStaff.id,
          status,
          ...(status === "PENDING" ? {} : decided()),
        },
      });
      return row.id;
    },
    data: () => decided(),
    move: (tx, id, to, data) => moveExtensionRequest(tx, { where: { id }, to, data }),
    read: (id) => db.extensionRequest.findUniqueOrThrow({ where: { id } }),
  } satisfies Case<keyof typeof DECISION_MOVES>,
  returnRequest: {
    table: DECISION_MOVES,
    make: async (status) => {
      const row = await db.returnRequest.create({
        data: {
          assignmentId: await assignmentIn("ACCEPTED"),
          reason: "不属于本单位职责",
          requestedById: w.leadStaff.id,
          status,
          ...(status === "PENDING" ? {} : decided()),
        },
      });
      return row.id;
    },
    data: () => decided(),
    move: (tx, id, to, data) => moveReturnRequest(tx, { where: { id }, to, data }),
    read: (id) => db.returnRequest.findUniqueOrThrow({ where: { id } }),
  } satisfies Case<keyof typeof DECISION_MOVES>,
  importBatch: {
    table: IMPORT_MOVES,
    make: async (status) => {
      const row = await db.importBatch.create({
        data: { kind: "deputies", createdById: w.staff.id, regionPath: w.region.path, fileName: "代表.xlsx", status },
      });
      return importIds.push(row.id) - 1; // batches have uuid keys: the case refers to them by position
    },
    move: (tx, id, to, data) => moveImportBatch(tx, { where: { id: importIds[id] }, to, data }),
    read: (id) => db.importBatch.findUniqueOrThrow({ where: { id: importIds[id] } }),
  } satisfies Case<keyof typeof IMPORT_MOVES>,
  outboxMessage: {
    table: OUTBOX_MOVES,
    make: async (status) => {
      const row = await db.outboxMessage.create({
        data: { channel: "SMS", recipientEnc: "x", recipientHmac: "x", template: "test", body: "测试", status },
      });
      return row.id;
    },
    move: (tx, id, to, data) => moveOutboxMessage(tx, { where: { id }, to, data }),
    read: (id) => db.outboxMessage.findUniqueOrThrow({ where: { id } }),
  } satisfies Case<keyof typeof OUTBOX_MOVES>,
};

function pairs<S extends string>(table: MoveTable<S>) {
  const all = Object.keys(table) as S[];
  return all.flatMap((from) => all.map((to) => ({ from, to, allowed: table[from].includes(to) })));
}

describe.each(Object.entries(CASES))("the %s status table", (_name, c: Case<string>) => {
  it("moves a real row along every move the table allows", async () => {
    for (const { from, to } of pairs(c.table).filter((p) => p.allowed)) {
      const id = await c.make(from);
      const moved = await db.$transaction((tx) => c.move(tx, id, to, c.data?.(to) ?? {}));
      expect(moved, `${from} → ${to}`).toBe(1);
      expect((await c.read(id)).status, `${from} → ${to}`).toBe(to);
    }
  });

  it("refuses every other move and leaves the row as it was", async () => {
    for (const { from, to } of pairs(c.table).filter((p) => !p.allowed)) {
      const id = await c.make(from);
      const before = await c.read(id);
      // A target nothing may reach is refused before the update; otherwise the row is not in an allowed state.
      const code = sourcesOf(c.table, to).length === 0 ? "invalid" : "stale";
      await expect(
        db.$transaction((tx) => c.move(tx, id, to, c.data?.(to) ?? {})),
        `${from} → ${to}`,
      ).rejects.toMatchObject({ name: "AppError", code });
      expect(await c.read(id), `${from} → ${to}`).toEqual(before);
    }
  });
});

describe("a guarded move", () => {
  it("refuses a narrower source the table does not allow, before touching the row", async () => {
    const id = await assignmentIn("RETURNED");
    const before = await db.assignment.findUniqueOrThrow({ where: { id } });
    await expect(
      db.$transaction((tx) => moveAssignment(tx, { where: { id }, from: "RETURNED", to: "ACCEPTED" })),
    ).rejects.toMatchObject({ code: "invalid", messageKey: "illegalTransition" });
    expect(await db.assignment.findUniqueOrThrow({ where: { id } })).toEqual(before);
  });

  it("moves only the rows in the named source, and a bulk move reports how many", async () => {
    const ids = [await assignmentIn("PENDING"), await assignmentIn("ACCEPTED"), await assignmentIn("OPINION_SENT")];
    const moved = await db.$transaction((tx) =>
      moveAssignment(tx, { where: { id: { in: ids } }, from: "PENDING", to: "WITHDRAWN", expect: "any" }),
    );
    expect(moved).toBe(1);
    const rows = await db.assignment.findMany({ where: { id: { in: ids } }, orderBy: { id: "asc" } });
    expect(rows.map((a) => a.status)).toEqual(["WITHDRAWN", "ACCEPTED", "OPINION_SENT"]);
  });

  it("throws the caller's error when the row was not in an allowed state, and rolls back the transaction", async () => {
    const id = await assignmentIn("ACCEPTED");
    const other = await assignmentIn("PENDING");
    const gone = new Error("gone");
    await expect(
      db.$transaction(async (tx) => {
        await moveAssignment(tx, { where: { id: other }, to: "ACCEPTED" });
        await moveAssignment(tx, { where: { id }, from: "PENDING", to: "ACCEPTED", orElse: () => gone });
      }),
    ).rejects.toBe(gone);
    expect((await db.assignment.findUniqueOrThrow({ where: { id: other } })).status).toBe("PENDING");
  });
});
