// Issue 12: every refusal leaves an audit row with who, what and from where (lib/auth/guard.ts), including a
// resident's tries at another resident's item, booking and attachment, which still look "not found".
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { assertCan, permitted } from "@/lib/auth/guard";
import { proposerView } from "@/lib/suggestions/public-tracking";
import { getSuggestionDetail } from "@/lib/suggestions/detail";
import { readAttachment } from "@/lib/suggestions/read-attachment";
import { bookSession } from "@/lib/reception/book-session";
import { getOwnBooking } from "@/lib/reception/queries";
import { updateSupervisionSettings } from "@/lib/supervision/settings";
import { createLoopWorld, submitAs, actorOf } from "../factories/loop";
import { bookInput, createReceptionWorld, createResidents } from "../factories/reception";
import { createStaffUser } from "../factories/users";

const client = { ip: "203.0.113.9", userAgent: "probe/1.0" };

async function deniedRows(actorId: number) {
  return db.auditEvent.findMany({ where: { actorId, result: "DENIED" }, orderBy: { id: "asc" } });
}

describe("refused reads of another resident's things", () => {
  it("an item: the proposer's view is refused, audited with the address, and the page stays public-only", async () => {
    const world = await createLoopWorld();
    const id = await submitAs(world);
    const { trackingCode } = await db.suggestion.findUniqueOrThrow({ where: { id }, select: { trackingCode: true } });
    const stranger = actorOf(await createStaffUser("RESIDENT"));

    expect(await proposerView(stranger, trackingCode, client)).toBeNull();
    await expect(getSuggestionDetail(stranger, id)).rejects.toMatchObject({ code: "notFound" });

    const rows = await deniedRows(stranger.id);
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      expect(row).toMatchObject({ action: "permission.denied", actorRole: "RESIDENT", targetType: "Suggestion" });
      expect(row.targetId).toBe(String(id));
      expect(row.detail).toMatchObject({ action: "suggestion.read" });
    }
    expect(rows[0]).toMatchObject({ ip: client.ip, userAgent: client.userAgent });
    // The proposer's own view is no refusal.
    expect(await proposerView(world.resident, trackingCode, client)).not.toBeNull();
    expect(await deniedRows(world.resident.id)).toHaveLength(0);
  });

  it("a booking: someone else's code is not found, and the try is audited with the address", async () => {
    const world = await createReceptionWorld();
    const [owner, stranger] = await createResidents(2);
    const { code } = await bookSession(owner, bookInput(world.session.id), client);
    expect(await getOwnBooking(owner, code, client)).not.toBeNull();
    expect(await getOwnBooking(stranger, code, client)).toBeNull();
    const rows = await deniedRows(stranger.id);
    expect(rows).toHaveLength(1);
    const booking = await db.booking.findUniqueOrThrow({ where: { code } });
    expect(rows[0]).toMatchObject({
      action: "permission.denied",
      targetType: "Booking",
      targetId: String(booking.id),
      ip: client.ip,
    });
    expect(await deniedRows(owner.id)).toHaveLength(0);
  });

  it("an attachment: someone else's photo is not found, and the try is audited with the attachment and address", async () => {
    const world = await createLoopWorld();
    const id = await submitAs(world);
    const file = await db.attachment.create({
      data: { suggestionId: id, fileName: "灯.png", mimeType: "image/png", size: 3, data: Buffer.from([1, 2, 3]) },
    });
    const stranger = actorOf(await createStaffUser("RESIDENT"));
    expect(await readAttachment(world.resident, file.id, client)).toMatchObject({ fileName: "灯.png" });
    expect(await readAttachment(stranger, file.id, client)).toBeNull();
    const rows = await deniedRows(stranger.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ targetType: "Attachment", targetId: String(file.id), ip: client.ip });
    expect(rows[0].detail).toMatchObject({ action: "suggestion.read", suggestionId: id });
  });
});

describe("the guard helper", () => {
  it("lets an allowed action through without a row, and refuses as asked with a full row", async () => {
    const world = await createLoopWorld();
    const staff = world.staff;
    await assertCan(staff, "suggestion.triage", { regionPath: world.region.path }, { client });
    expect(await deniedRows(staff.id)).toHaveLength(0);

    const target = { type: "Suggestion", id: 42 };
    const err = await assertCan(
      staff,
      "suggestion.triage",
      { regionPath: "/999999/" },
      { target, client, as: "notFound" },
    )
      .then(() => null)
      .catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe("notFound");
    await expect(assertCan(world.resident, "user.manage", undefined, { client })).rejects.toMatchObject({
      code: "forbidden",
    });
    expect(await permitted(world.resident, "audit.read", undefined, { client, audit: "audit.export" })).toBe(false);

    const [scoped] = await deniedRows(staff.id);
    expect(scoped).toMatchObject({
      action: "permission.denied",
      targetType: "Suggestion",
      targetId: "42",
      ip: client.ip,
    });
    expect(scoped.detail).toEqual({ action: "suggestion.triage" });
    const residentRows = await deniedRows(world.resident.id);
    expect(residentRows.map((r) => r.action)).toEqual(["permission.denied", "audit.export"]);
  });

  it("a use case refused through it writes the address its caller passed", async () => {
    const unit = (await createLoopWorld()).leadStaff;
    await expect(updateSupervisionSettings(unit, {}, client)).rejects.toMatchObject({ code: "forbidden" });
    const [row] = await deniedRows(unit.id);
    expect(row).toMatchObject({ targetType: "Setting", ip: client.ip, userAgent: client.userAgent });
    expect(row.detail).toEqual({ action: "supervision.settings" });
  });
});
