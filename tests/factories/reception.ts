// A station with deputies (with mandates, so they earn duty points), its admin, staff of its region, residents,
// and a published session a few days ahead.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/permissions";
import { createPlace } from "./places";
import { createStaffUser } from "./users";
import { actorOf } from "./loop";

export async function createReceptionWorld(
  opts: { deputies?: number; capacity?: number; startsInHours?: number } = {},
) {
  const { region, category, station } = await createPlace();
  const deputies = [];
  for (let i = 0; i < (opts.deputies ?? 3); i++) {
    deputies.push(
      await db.deputy.create({
        data: {
          name: `代表${i}${randomUUID().slice(0, 4)}`,
          qrToken: randomUUID().slice(0, 16),
          stations: { create: { stationId: station.id } },
          mandates: { create: { level: "COUNTY", term: 17, regionId: region.id } },
        },
      }),
    );
  }
  const adminUser = await createStaffUser("STATION_ADMIN");
  await db.stationAdmin.create({ data: { userId: adminUser.id, stationId: station.id } });
  const staffUser = await createStaffUser("COMMITTEE_STAFF", { regionId: region.id });
  const deputyUser = await db.user.create({
    data: {
      role: "DEPUTY",
      name: deputies[0].name,
      username: `dep${randomUUID().slice(0, 8)}`,
      passwordHash: "x",
      deputyId: deputies[0].id,
    },
  });
  const startsAt = new Date(Date.now() + (opts.startsInHours ?? 96) * 3_600_000);
  const session = await db.receptionSession.create({
    data: {
      stationId: station.id,
      startsAt,
      endsAt: new Date(startsAt.getTime() + 7_200_000),
      theme: "社区养老服务",
      capacity: opts.capacity ?? 3,
      status: "PUBLISHED",
      publishedAt: new Date(),
      deputies: { create: deputies.slice(0, 2).map((d) => ({ deputyId: d.id })) },
    },
  });
  return {
    region,
    category,
    station,
    deputies,
    session,
    admin: actorOf(adminUser, { stationIds: [station.id] }),
    staff: actorOf(staffUser, { regionPath: region.path }),
    deputy: actorOf(deputyUser, { deputyId: deputies[0].id, stationIds: [station.id] }),
  };
}

export async function createResidents(n: number): Promise<Actor[]> {
  const out: Actor[] = [];
  for (let i = 0; i < n; i++) out.push(actorOf(await createStaffUser("RESIDENT")));
  return out;
}

export const bookInput = (sessionId: number, over: Record<string, unknown> = {}) => ({
  sessionId,
  topic: "小区加装电梯",
  idempotencyKey: randomUUID(),
  ...over,
});
