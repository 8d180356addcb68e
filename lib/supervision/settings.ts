// The supervision windows, kept in the Setting table so staff and admins can change them without a release:
// how many working days before a deadline the light turns yellow, and how many working days after a deadline an
// item still overdue is escalated to a supervision case.
import { z } from "zod";
import { integer } from "../validation/fields.ts";
import { db, type Tx } from "../db.ts";
import { recordAudit } from "../audit/record-audit.ts";
import type { Actor } from "../auth/permissions.ts";
import { assertCan } from "../auth/guard.ts";
import { getSetting } from "../calendar/load-calendar.ts";
import type { ClientInfo } from "../http/client-info.ts";

export const SUPERVISION_DEFAULTS = {
  /** Yellow light: due within this many working days (the due day itself counts as yellow). */
  yellowLightWorkingDays: 3,
  /** Escalation: still overdue this many working days after the due day opens a supervision case. */
  escalateAfterWorkingDays: 5,
} as const;

export type SupervisionSettings = { yellowLightWorkingDays: number; escalateAfterWorkingDays: number };

export async function getSupervisionSettings(tx: Tx = db): Promise<SupervisionSettings> {
  const [yellow, escalate] = await Promise.all([
    getSetting("yellowLightWorkingDays", SUPERVISION_DEFAULTS.yellowLightWorkingDays, tx),
    getSetting("escalateAfterWorkingDays", SUPERVISION_DEFAULTS.escalateAfterWorkingDays, tx),
  ]);
  // A stored value outside the form's range (edited by hand) falls back rather than breaking the jobs.
  const ok = (n: number, max: number) => Number.isInteger(n) && n >= 0 && n <= max;
  return {
    yellowLightWorkingDays: ok(yellow, 30) ? yellow : SUPERVISION_DEFAULTS.yellowLightWorkingDays,
    escalateAfterWorkingDays:
      ok(escalate, 60) && escalate >= 1 ? escalate : SUPERVISION_DEFAULTS.escalateAfterWorkingDays,
  };
}

const days = (min: number, max: number) => integer(min, max, "supervision.daysRange");

export const supervisionSettingsSchema = z.strictObject({
  yellowLightWorkingDays: days(0, 30),
  escalateAfterWorkingDays: days(1, 60),
});

export async function updateSupervisionSettings(actor: Actor, raw: unknown, client?: ClientInfo): Promise<void> {
  await assertCan(actor, "supervision.settings", undefined, { target: { type: "Setting", id: "supervision" }, client });
  const input = supervisionSettingsSchema.parse(raw);
  await db.$transaction(async (tx) => {
    const before = await getSupervisionSettings(tx);
    for (const [key, value] of Object.entries(input)) {
      await tx.setting.upsert({ where: { key }, create: { key, value }, update: { value } });
    }
    await recordAudit(
      {
        actor,
        action: "settings.supervision",
        target: { type: "Setting", id: "supervision" },
        result: "SUCCESS",
        client,
        detail: { before, after: input },
      },
      tx,
    );
  });
}
