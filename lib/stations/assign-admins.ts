// Who runs a station: staff pick existing, active station-admin accounts (the system admin makes the accounts).
// The list given replaces the station's admins; the audit row records both lists. A station admin's sessions
// read their stations afresh on every request, so the change takes effect at once.
import { db } from "../db.ts";
import { AppError } from "../errors.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { Actor } from "../auth/permissions.ts";
import type { ClientInfo } from "../http/client-info.ts";
import { loadStationForAdmin } from "./load-station.ts";
import { stationAdminsSchema } from "./schemas.ts";

export async function assignStationAdmins(actor: Actor, raw: unknown, client?: ClientInfo): Promise<void> {
  const input = stationAdminsSchema.parse(raw);
  const s = await loadStationForAdmin(input.stationId, actor, client);
  const wanted = [...new Set(input.userIds)].sort((a, b) => a - b);
  await db.$transaction(async (tx) => {
    const valid = await tx.user.count({ where: { id: { in: wanted }, role: "STATION_ADMIN", disabledAt: null } });
    if (valid !== wanted.length) throw new AppError("invalid", "places.adminNotFound");
    const before = (await tx.stationAdmin.findMany({ where: { stationId: s.id }, select: { userId: true } }))
      .map((r) => r.userId)
      .sort((a, b) => a - b);
    await tx.stationAdmin.deleteMany({ where: { stationId: s.id, userId: { notIn: wanted } } });
    await tx.stationAdmin.createMany({
      data: wanted.map((userId) => ({ userId, stationId: s.id })),
      skipDuplicates: true,
    });
    await recordAudit(
      {
        actor,
        action: "station.admins",
        target: { type: "Station", id: s.id },
        result: "SUCCESS",
        client,
        detail: { before, after: wanted },
      },
      tx,
    );
  });
}
