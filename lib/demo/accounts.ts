// Users: the demo accounts (one per role), plus the generated people the history needs as actors:
// staff and a leader per city, an admin per station, a clerk per unit, an account per deputy, and residents.
// Only the demo accounts get a password; generated accounts (username gen-*) have none and cannot sign in.
import { encryptPii, piiHmac } from "../crypto/pii.ts";
import { hashPassword } from "../auth/password.ts";
import { DEMO_PASSWORD, DEMO_RESIDENT_NAME, DEMO_RESIDENT_PHONE, DEMO_TOTP_SECRET } from "./demo-accounts.ts";
import { bulkInsert, bulkInsertReturning, must } from "./bulk.ts";
import { T } from "./tables.ts";
import { personName, residentPhone } from "./people.ts";
import { Rng } from "./prng.ts";
import type { Prisma } from "../generated/prisma/client.ts";
import type { Role } from "../generated/prisma/enums.ts";
import type { Actor, DemoRefs, ResidentCtx, SeedContext } from "./types.ts";

export const RESIDENTS_PER_CITY = 40;

export async function seedAccounts(ctx: SeedContext, createdAt: Date): Promise<Record<string, number>> {
  const { db, cities } = ctx;
  const rng = Rng.stream("accounts");
  const city0 = cities[0];
  const demoStations = city0.stations.filter((s) => s.districtIdx === 0).slice(0, 2);
  const demoDeputy =
    city0.deputies.find((d) => d.level === "CITY" && d.stationIds.includes(demoStations[0].id)) ??
    must(
      city0.deputies.find((d) => d.stationIds.includes(demoStations[0].id)),
      "a deputy at the demo station",
    );
  const demoUnit = city0.units[0];
  const demo: DemoRefs = {
    stationIds: demoStations.map((s) => s.id),
    deputyId: demoDeputy.id,
    unitId: demoUnit.id,
    resident: null,
  };

  const passwordHash = await hashPassword(DEMO_PASSWORD); // argon2 is slow: hash once, share the hash
  const base = { createdAt, updatedAt: createdAt };
  const rows: Prisma.UserCreateManyInput[] = [];
  const staff = (
    username: string,
    role: Prisma.UserCreateManyInput["role"],
    name: string,
    extra: Partial<Prisma.UserCreateManyInput> = {},
  ) =>
    rows.push({
      ...base,
      username,
      role,
      name,
      passwordHash,
      passwordChangedAt: createdAt,
      // Enrolled in the second factor with the documented demo secret, so the demo can be walked at once.
      totpSecretEnc: encryptPii(DEMO_TOTP_SECRET),
      totpEnrolledAt: createdAt,
      ...extra,
    });

  staff("staff", "COMMITTEE_STAFF", "陈静", { regionId: city0.id });
  staff("station", "STATION_ADMIN", "刘芳", { regionId: city0.districts[0].id });
  staff("deputy", "DEPUTY", demoDeputy.name, { deputyId: demoDeputy.id });
  staff("unit", "UNIT_STAFF", "王强", { unitId: demoUnit.id });
  staff("leader", "LEADER", "赵国华", { regionId: city0.id });
  staff("admin", "SYSTEM_ADMIN", "系统管理员");
  staff("auditor", "AUDITOR", "审计员");

  const generated = (
    username: string,
    role: Prisma.UserCreateManyInput["role"],
    extra: Partial<Prisma.UserCreateManyInput>,
  ) => rows.push({ ...base, username, role, name: personName(rng), ...extra });
  for (const city of cities) {
    if (city.index > 0) {
      generated(`gen-c${city.index}-staff`, "COMMITTEE_STAFF", { regionId: city.id });
      generated(`gen-c${city.index}-leader`, "LEADER", { regionId: city.id });
    }
    for (const s of city.stations)
      if (!demo.stationIds.includes(s.id))
        generated(`gen-station-${s.id}`, "STATION_ADMIN", { regionId: city.districts[s.districtIdx].id });
    for (const u of city.units) if (u.id !== demo.unitId) generated(`gen-unit-${u.id}`, "UNIT_STAFF", { unitId: u.id });
    for (const d of city.deputies)
      if (d.id !== demo.deputyId)
        rows.push({ ...base, username: `gen-deputy-${d.id}`, role: "DEPUTY", name: d.name, deputyId: d.id });
  }

  const residentPlans: { hmac: string; name: string; cityIdx: number; demo: boolean }[] = [];
  const addResident = (phone: string, name: string, cityIdx: number, isDemo: boolean) => {
    const hmac = piiHmac(phone);
    rows.push({ ...base, role: "RESIDENT", name, phoneEnc: encryptPii(phone), phoneHmac: hmac });
    residentPlans.push({ hmac, name, cityIdx, demo: isDemo });
  };
  addResident(DEMO_RESIDENT_PHONE, DEMO_RESIDENT_NAME, 0, true);
  for (let i = 0; i < RESIDENTS_PER_CITY * cities.length; i++)
    addResident(residentPhone(i), personName(rng), i % cities.length, false);

  type Back = { id: number; role: Role; username: string | null; deputyId: number | null; phoneHmac: string | null };
  const created = await bulkInsertReturning<Prisma.UserCreateManyInput, Back>(db, T.user, rows, [
    "id",
    "role",
    "username",
    "deputyId",
    "phoneHmac",
  ]);
  const byUsername = new Map<string, Actor>();
  const byDeputy = new Map<number, Actor>();
  const byHmac = new Map<string, number>();
  for (const u of created) {
    const actor = { id: u.id, role: u.role };
    if (u.username) byUsername.set(u.username, actor);
    if (u.deputyId) byDeputy.set(u.deputyId, actor);
    if (u.phoneHmac) byHmac.set(u.phoneHmac, u.id);
  }
  const user = (username: string) => must(byUsername.get(username), `user ${username}`);

  const stationAdmins: Prisma.StationAdminCreateManyInput[] = [];
  for (const city of cities) {
    city.staff = city.index === 0 ? user("staff") : user(`gen-c${city.index}-staff`);
    city.leader = city.index === 0 ? user("leader") : user(`gen-c${city.index}-leader`);
    for (const s of city.stations) {
      s.admin = demo.stationIds.includes(s.id) ? user("station") : user(`gen-station-${s.id}`);
      stationAdmins.push({ userId: s.admin.id, stationId: s.id });
    }
    for (const u of city.units) u.staff = u.id === demo.unitId ? user("unit") : user(`gen-unit-${u.id}`);
    for (const d of city.deputies) d.user = must(byDeputy.get(d.id), `deputy user ${d.id}`);
  }
  for (const r of residentPlans) {
    const resident: ResidentCtx = { id: must(byHmac.get(r.hmac), "resident id"), name: r.name, cityIdx: r.cityIdx };
    if (r.demo)
      demo.resident = resident; // kept out of the pool: the demo resident's history is arranged by hand
    else cities[r.cityIdx].residents.push(resident);
  }
  await bulkInsert(db, T.stationAdmin, stationAdmins);
  ctx.demo = demo;
  return { users: rows.length, residents: residentPlans.length, stationAdmins: stationAdmins.length };
}
