// No clashes (decision 0069): a deputy is on duty at one place at a time. The database refuses an overlap
// (triggers over SessionDeputy and ReceptionSession, migration deputy_duty_no_clash); this module asks the same
// SQL function first, so the person scheduling is told which duty is in the way (the deputy, the station, its
// address and the time), and turns the database's refusal after a race into the same message.
import { db, type Tx } from "../db.ts";
import { AppError } from "../errors.ts";
import type { ClientInfo } from "../http/client-info.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { AuditAction } from "../audit/actions.ts";
import type { Actor } from "../auth/permissions.ts";

export type DutyClash = {
  deputyId: number;
  deputyName: string;
  kind: string;
  dutyId: number;
  place: string;
  address: string;
  startsAt: Date;
  endsAt: Date;
};

/**
 * The first duty of any of `deputyIds` overlapping [startsAt, endsAt), leaving out session `skipSessionId` (or,
 * checking an activity's own deputies, activity `skipActivityId`).
 */
export async function findDutyClash(
  deputyIds: readonly number[],
  startsAt: Date,
  endsAt: Date,
  skipSessionId: number | null = null,
  tx: Tx = db,
  skipActivityId: number | null = null,
): Promise<DutyClash | null> {
  if (deputyIds.length === 0) return null;
  // Each kind of duty names its place: a session its station and address; a duty activity (视察, 述职…) where it
  // is held and its theme.
  const rows = await tx.$queryRaw<DutyClash[]>`
    SELECT c."deputyId", d.name AS "deputyName", c.kind, c."dutyId",
           COALESCE(st.name, a.place) AS place, COALESCE(st.address, a.theme) AS address,
           c."startsAt", c."endsAt"
    FROM deputy_duty_clashes(${[...deputyIds]}::int[], ${startsAt}, ${endsAt}, ${skipSessionId}::int,
                             ${skipActivityId}::int) c
    JOIN "Deputy" d ON d.id = c."deputyId"
    LEFT JOIN "ReceptionSession" s ON c.kind = 'session' AND s.id = c."dutyId"
    LEFT JOIN "Station" st ON st.id = s."stationId"
    LEFT JOIN "DutyActivity" a ON c.kind = 'activity' AND a.id = c."dutyId"
    ORDER BY c."startsAt", c."deputyId"
    LIMIT 1`;
  return rows[0] ?? null;
}

/** The time of the other duty as the message shows it: "12月15日 09:00–11:30". */
function dutyTime(c: DutyClash): string {
  const zone = { timeZone: "Asia/Shanghai" } as const;
  const day = c.startsAt.toLocaleDateString("zh-CN", { ...zone, month: "long", day: "numeric" });
  const hm = (d: Date) => d.toLocaleTimeString("zh-CN", { ...zone, hour: "2-digit", minute: "2-digit", hour12: false });
  return `${day} ${hm(c.startsAt)}–${hm(c.endsAt)}`;
}

/** The refusal: audited under the step's action, with the other duty named in the message. */
export async function refuseClash(
  actor: Actor,
  action: AuditAction,
  target: { type: string; id: string | number },
  clash: DutyClash,
  client?: ClientInfo,
): Promise<AppError> {
  await recordAudit({
    actor,
    action,
    target,
    result: "DENIED",
    client,
    detail: { reason: "dutyClash", deputyId: clash.deputyId, other: { kind: clash.kind, id: clash.dutyId } },
  });
  return new AppError("conflict", "session.dutyClash", {
    deputy: clash.deputyName,
    place: clash.place,
    address: clash.address,
    time: dutyTime(clash),
  });
}

/** The database's own refusal (the trigger's exclusion_violation), when a concurrent schedule won the race. */
export function isDutyClashError(err: unknown): boolean {
  if (err == null || typeof err !== "object") return false;
  const e = err as { message?: string; meta?: { driverAdapterError?: { cause?: { originalCode?: string } } } };
  return e.meta?.driverAdapterError?.cause?.originalCode === "23P01" || /deputy_duty_clash/.test(String(e.message));
}

/**
 * In a `catch` around a write: the database's overlap refusal becomes the named refusal (the duty in the way
 * looked up again, now that the other transaction has committed); any other error is returned unchanged.
 */
export async function clashRefusal(
  err: unknown,
  find: () => Promise<DutyClash | null>,
  refusal: (clash: DutyClash) => Promise<AppError>,
): Promise<unknown> {
  if (!isDutyClashError(err)) return err;
  const clash = await find();
  return clash ? refusal(clash) : new AppError("stale", "conflict", undefined, { cause: err });
}
