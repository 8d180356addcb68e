// One staff-type account as the system admin sees it: role, scope with names, state, and recent sign-in.
import { db } from "../db.ts";
import { can, type Actor } from "../auth/permissions.ts";
import { decryptPii, maskPhone } from "../crypto/pii.ts";
import { AppError, notFound } from "../errors.ts";
import { accountStates } from "./account-list.ts";

export async function accountDetail(actor: Actor, id: number, now = new Date()) {
  if (!can(actor, "user.manage")) throw new AppError("forbidden");
  const u = await db.user.findUnique({
    where: { id },
    select: {
      id: true,
      role: true,
      name: true,
      username: true,
      phoneEnc: true,
      lastLoginAt: true,
      createdAt: true,
      disabledAt: true,
      lockedUntil: true,
      failedLoginCount: true,
      mustChangePassword: true,
      region: { select: { id: true, name: true } },
      unit: { select: { id: true, name: true } },
      deputy: { select: { id: true, name: true } },
      stationsManaged: { select: { station: { select: { id: true, name: true } } }, orderBy: { stationId: "asc" } },
    },
  });
  if (!u || u.role === "RESIDENT") throw notFound();
  return {
    id: u.id,
    role: u.role,
    name: u.name,
    username: u.username ?? "",
    phoneMasked: u.phoneEnc ? maskPhone(decryptPii(u.phoneEnc)) : null,
    lastLoginAt: u.lastLoginAt,
    createdAt: u.createdAt,
    lockedUntil: u.lockedUntil && u.lockedUntil > now ? u.lockedUntil : null,
    failedLoginCount: u.failedLoginCount,
    disabled: u.disabledAt != null,
    states: accountStates(u, now),
    region: u.region,
    unit: u.unit,
    deputy: u.deputy,
    stations: u.stationsManaged.map((s) => s.station),
    isSelf: u.id === actor.id,
  };
}
export type AccountDetail = Awaited<ReturnType<typeof accountDetail>>;
