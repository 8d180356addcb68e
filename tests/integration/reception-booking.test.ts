import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { bookSession, cancelBooking } from "@/lib/reception/book-session";
import { checkIn, markNoShow } from "@/lib/reception/check-in";
import { sendBookingReminders } from "@/lib/reception/remind";
import { bookInput, createReceptionWorld, createResidents } from "../factories/reception";

const activeCount = (sessionId: number) =>
  db.booking.count({ where: { sessionId, status: { in: ["BOOKED", "CHECKED_IN"] } } });

describe("booking a reception session", () => {
  it("gives exactly 3 bookings for 200 simultaneous attempts on 3 places, every time (R1)", async () => {
    const residents = await createResidents(200);
    for (let round = 0; round < 3; round++) {
      const w = await createReceptionWorld({ capacity: 3 });
      const started = Date.now();
      const results = await Promise.allSettled(residents.map((r) => bookSession(r, bookInput(w.session.id))));
      const booked = results.filter((r) => r.status === "fulfilled" && r.value.status === "BOOKED");
      const full = results.filter(
        (r) => r.status === "rejected" && (r.reason as { messageKey?: string }).messageKey === "booking.full",
      );
      expect(booked).toHaveLength(3);
      expect(full).toHaveLength(197);
      expect(await activeCount(w.session.id)).toBe(3);
      expect((await db.receptionSession.findUniqueOrThrow({ where: { id: w.session.id } })).bookedCount).toBe(3);
      console.log(`R1 round ${round + 1}: 200 attempts in ${Date.now() - started} ms`);
    }
  }, 120_000);

  it("puts the rest on the waitlist when they ask for it", async () => {
    const w = await createReceptionWorld({ capacity: 3 });
    const residents = await createResidents(40);
    const results = await Promise.all(
      residents.map((r) => bookSession(r, bookInput(w.session.id, { waitlist: "on" }))),
    );
    expect(results.filter((r) => r.status === "BOOKED")).toHaveLength(3);
    expect(results.filter((r) => r.status === "WAITLISTED")).toHaveLength(37);
  }, 60_000);

  it("does not duplicate a retried or double-clicked booking (R2)", async () => {
    const w = await createReceptionWorld({ capacity: 5 });
    const [r] = await createResidents(1);
    const input = bookInput(w.session.id);
    const [a, b] = await Promise.all([bookSession(r, input), bookSession(r, input)]);
    expect(a.code).toBe(b.code);
    expect(await bookSession(r, input)).toMatchObject({ code: a.code, duplicate: true });
    // a second booking of the same session with a fresh key is refused: one active booking per resident
    await expect(bookSession(r, bookInput(w.session.id))).rejects.toMatchObject({ messageKey: "booking.already" });
    expect(await db.booking.count({ where: { sessionId: w.session.id } })).toBe(1);
    expect((await db.receptionSession.findUniqueOrThrow({ where: { id: w.session.id } })).bookedCount).toBe(1);
  });

  it("refuses drafts and sessions that have started", async () => {
    const w = await createReceptionWorld();
    const [r] = await createResidents(1);
    await db.receptionSession.update({ where: { id: w.session.id }, data: { status: "DRAFT" } });
    await expect(bookSession(r, bookInput(w.session.id))).rejects.toMatchObject({ code: "notFound" });
    const started = await createReceptionWorld({ startsInHours: -1 });
    await expect(bookSession(r, bookInput(started.session.id))).rejects.toMatchObject({
      messageKey: "booking.closed",
    });
  });

  it("promotes the first on the waitlist when a booked resident cancels, and tells them", async () => {
    const w = await createReceptionWorld({ capacity: 1 });
    const [a, b, c] = await createResidents(3);
    const first = await bookSession(a, bookInput(w.session.id));
    const second = await bookSession(b, bookInput(w.session.id, { waitlist: "on" }));
    await bookSession(c, bookInput(w.session.id, { waitlist: "on" }));
    expect(second.status).toBe("WAITLISTED");
    // someone else cannot cancel it: it looks like it does not exist
    await expect(cancelBooking(b, { code: first.code })).rejects.toMatchObject({ code: "notFound" });
    const res = await cancelBooking(a, { code: first.code });
    expect(res.promoted).toBe(second.code);
    expect(await db.booking.findUniqueOrThrow({ where: { code: second.code } })).toMatchObject({ status: "BOOKED" });
    expect((await db.receptionSession.findUniqueOrThrow({ where: { id: w.session.id } })).bookedCount).toBe(1);
    expect(await db.notification.count({ where: { userId: b.id, title: "候补成功，您已获得接待名额" } })).toBe(1);
    const sms = await db.outboxMessage.findMany({ where: { template: "suggestion", body: { contains: second.code } } });
    expect(sms).toHaveLength(1);
  });

  it("refuses a cancellation after the cut-off", async () => {
    const w = await createReceptionWorld({ startsInHours: 3 });
    const [r] = await createResidents(1);
    const { code } = await bookSession(r, bookInput(w.session.id));
    const late = new Date(w.session.startsAt.getTime() - 60 * 60_000); // one hour before: past the 2-hour cut-off
    await expect(cancelBooking(r, { code }, undefined, late)).rejects.toMatchObject({
      messageKey: "booking.pastCutoff",
    });
    await cancelBooking(r, { code });
    expect(await db.booking.findUniqueOrThrow({ where: { code } })).toMatchObject({ status: "CANCELLED" });
  });

  it("checks residents in by code within the admin's own station only, and marks no-shows", async () => {
    const w = await createReceptionWorld({ capacity: 3 });
    const other = await createReceptionWorld();
    const [a, b] = await createResidents(2);
    const ka = await bookSession(a, bookInput(w.session.id));
    const kb = await bookSession(b, bookInput(w.session.id));
    await expect(checkIn(other.admin, { sessionId: w.session.id, code: ka.code })).rejects.toMatchObject({
      code: "notFound",
    });
    await expect(checkIn(a, { sessionId: w.session.id, code: ka.code })).rejects.toMatchObject({ code: "notFound" });
    await checkIn(w.admin, { sessionId: w.session.id, code: ka.code.toLowerCase() });
    expect(await checkIn(w.admin, { sessionId: w.session.id, code: ka.code })).toMatchObject({ already: true });
    expect(await db.booking.findUniqueOrThrow({ where: { code: ka.code } })).toMatchObject({ status: "CHECKED_IN" });
    // a code from another session is not this session's
    const [c] = await createResidents(1);
    const kc = await bookSession(c, bookInput(other.session.id));
    await expect(checkIn(w.admin, { sessionId: w.session.id, code: kc.code })).rejects.toMatchObject({
      messageKey: "booking.notInSession",
    });
    // no-show only after the start; staff of the region may do it too
    const bookingB = await db.booking.findUniqueOrThrow({ where: { code: kb.code } });
    await expect(markNoShow(w.staff, { sessionId: w.session.id, bookingId: bookingB.id })).rejects.toMatchObject({
      messageKey: "booking.notStarted",
    });
    await markNoShow(
      w.staff,
      { sessionId: w.session.id, bookingId: bookingB.id },
      undefined,
      new Date(w.session.startsAt.getTime() + 60_000),
    );
    expect(await db.booking.findUniqueOrThrow({ where: { id: bookingB.id } })).toMatchObject({ status: "NO_SHOW" });
    expect((await db.receptionSession.findUniqueOrThrow({ where: { id: w.session.id } })).bookedCount).toBe(1);
  });

  it("reminds each booked resident once, the day before", async () => {
    const w = await createReceptionWorld({ startsInHours: 20 });
    const [r] = await createResidents(1);
    const { code } = await bookSession(r, bookInput(w.session.id));
    const before = await db.outboxMessage.count({ where: { body: { contains: `预约码${code}` } } });
    const [first, second] = await Promise.all([sendBookingReminders(), sendBookingReminders()]);
    expect(first + second).toBeGreaterThanOrEqual(1);
    expect(await sendBookingReminders()).toBe(0);
    expect(await db.outboxMessage.count({ where: { body: { contains: `预约码${code}` } } })).toBe(before + 1);
  });
});
