import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { piiHmac } from "@/lib/crypto/pii";
import { recordOnBehalf } from "@/lib/suggestions/record-on-behalf";
import { createStaffUser } from "../factories/users";
import { actorOf, createLoopWorld } from "../factories/loop";

const client = { ip: "127.0.0.9", userAgent: "vitest" };
const input = (over: Record<string, unknown>) => ({
  title: "楼道堆放杂物",
  content: "三号楼楼道长期堆放杂物，存在消防隐患。",
  categoryId: "",
  confidential: "",
  via: "web",
  source: "WALK_IN",
  proposerName: "李阿姨",
  proposerPhone: "",
  idempotencyKey: randomUUID(),
  ...over,
});

describe("recording an opinion on a resident's behalf", () => {
  it("lets a station admin record at their own station, marked as a walk-in, and texts the resident the code", async () => {
    const w = await createLoopWorld();
    const adminUser = await createStaffUser("STATION_ADMIN");
    const admin = actorOf(adminUser, { stationIds: [w.station.id] });
    const phone = `137${String(Date.now()).slice(-8)}`;
    const r = await recordOnBehalf(
      admin,
      input({ categoryId: w.category.id, stationId: w.station.id, proposerPhone: phone }),
      client,
    );
    const s = await db.suggestion.findUniqueOrThrow({ where: { id: r.id }, include: { events: true } });
    expect(s).toMatchObject({
      source: "WALK_IN",
      recordedById: admin.id,
      proposerName: "李阿姨",
      stationId: w.station.id,
    });
    expect(s.events[0]?.reason).toBe("由来访代为登记");
    // the resident's own account holds it, so they see it and can rate it after signing in with that number
    const resident = await db.user.findUniqueOrThrow({ where: { phoneHmac: piiHmac(phone) } });
    expect(s.proposerId).toBe(resident.id);
    const sms = await db.outboxMessage.findFirstOrThrow({ where: { recipientHmac: piiHmac(phone) } });
    expect(sms.body).toContain(r.trackingCode);
  });

  it("refuses a station admin at another station, and residents", async () => {
    const w = await createLoopWorld();
    const adminUser = await createStaffUser("STATION_ADMIN");
    const admin = actorOf(adminUser, { stationIds: [w.station.id + 100000] });
    await expect(
      recordOnBehalf(admin, input({ categoryId: w.category.id, stationId: w.station.id }), client),
    ).rejects.toMatchObject({ code: "forbidden" });
    await expect(
      recordOnBehalf(w.resident, input({ categoryId: w.category.id, stationId: w.station.id }), client),
    ).rejects.toMatchObject({ code: "forbidden" });
  });

  it("lets committee staff record within their region, without a phone", async () => {
    const w = await createLoopWorld();
    const r = await recordOnBehalf(
      w.staff,
      input({ categoryId: w.category.id, regionId: w.region.id, source: "HOTLINE" }),
      client,
    );
    expect(await db.suggestion.findUniqueOrThrow({ where: { id: r.id } })).toMatchObject({
      source: "HOTLINE",
      proposerId: null,
      proposerPhoneEnc: null,
    });
  });
});

describe("unmasking a proposer's phone (S8)", async () => {
  const { unmaskProposerPhone } = await import("@/lib/suggestions/unmask-proposer");
  it("shows staff the full number and writes an audit row; units may not", async () => {
    const w = await createLoopWorld();
    const phone = `136${String(Date.now()).slice(-8)}`;
    const r = await recordOnBehalf(
      w.staff,
      input({ categoryId: w.category.id, regionId: w.region.id, proposerPhone: phone }),
      client,
    );
    expect(await unmaskProposerPhone(w.staff, r.id)).toBe(phone);
    expect(
      await db.auditEvent.count({ where: { action: "pii.unmask", actorId: w.staff.id, targetId: String(r.id) } }),
    ).toBe(1);
    await expect(unmaskProposerPhone(w.leadStaff, r.id)).rejects.toMatchObject({ code: "notFound" });
  });
});
