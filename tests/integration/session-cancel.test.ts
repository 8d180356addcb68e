// A session called off before it starts releases every place and waitlist entry and tells each resident why.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { bookSession } from "@/lib/reception/book-session";
import { cancelSession } from "@/lib/reception/manage-sessions";
import { bookInput, createReceptionWorld, createResidents } from "../factories/reception";
import { createPlace } from "../factories/places";
import { createStaffUser } from "../factories/users";
import { actorOf } from "../factories/loop";

const reason = "值班代表临时参加市人代会，活动改期";

describe("cancelling a reception session", () => {
  it("releases the places and the waitlist and tells every resident, with the reason", async () => {
    const w = await createReceptionWorld({ capacity: 2 });
    const residents = await createResidents(3);
    for (const r of residents) await bookSession(r, bookInput(w.session.id, { waitlist: "on" }));
    const outboxBefore = await db.outboxMessage.count();

    await cancelSession(w.admin, { sessionId: String(w.session.id), reason });
    const s = await db.receptionSession.findUniqueOrThrow({ where: { id: w.session.id }, include: { bookings: true } });
    expect(s).toMatchObject({ status: "CANCELLED", cancelReason: reason, bookedCount: 0 });
    expect(s.bookings.map((b) => b.status)).toEqual(["CANCELLED", "CANCELLED", "CANCELLED"]);
    expect(await db.outboxMessage.count()).toBe(outboxBefore + 3);
    for (const r of residents) {
      const [n] = await db.notification.findMany({ where: { userId: r.id }, orderBy: { id: "desc" }, take: 1 });
      expect(n?.body).toContain(reason);
    }
    expect(await db.auditEvent.count({ where: { action: "session.cancel", targetId: String(w.session.id) } })).toBe(1);

    // nobody can book it any more, and it cannot be cancelled twice
    await expect(bookSession(residents[0], bookInput(w.session.id))).rejects.toBeTruthy();
    await expect(cancelSession(w.admin, { sessionId: w.session.id, reason })).rejects.toMatchObject({
      messageKey: "session.notCancellable",
    });
  });

  it("is refused once the session has started, and to people who do not manage the station", async () => {
    const started = await createReceptionWorld({ startsInHours: -1 });
    await expect(cancelSession(started.admin, { sessionId: started.session.id, reason })).rejects.toMatchObject({
      messageKey: "session.notCancellable",
    });

    const w = await createReceptionWorld();
    const elsewhere = await createPlace();
    const otherStaff = actorOf(await createStaffUser("COMMITTEE_STAFF", { regionId: elsewhere.region.id }), {
      regionPath: elsewhere.region.path,
    });
    await expect(cancelSession(otherStaff, { sessionId: w.session.id, reason })).rejects.toMatchObject({
      code: "notFound",
    });
    await expect(cancelSession(w.deputy, { sessionId: w.session.id, reason })).rejects.toMatchObject({
      code: "forbidden",
    });
    expect((await db.receptionSession.findUniqueOrThrow({ where: { id: w.session.id } })).status).toBe("PUBLISHED");
  });
});
