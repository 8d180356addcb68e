// A resident chooses what the portal calls them: a name of their own, or the 居民NNNN it gave them at sign-up
// (the last four digits of their phone). Only their own account; the change is audited like any account change.
import { z } from "zod";
import { db } from "../db.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { refuse } from "../auth/guard.ts";
import type { Actor } from "../auth/permissions.ts";
import type { ClientInfo } from "../http/client-info.ts";
import { decryptPii } from "../crypto/pii.ts";
import { written } from "../notifications/texts.ts";
import { fieldError } from "../errors.ts";
import * as f from "../validation/fields.ts";

const renameSchema = z.strictObject({
  keep: f.checkbox(),
  name: f.text({ max: 20, tooLong: "displayNameTooLong" }).optional(),
});

/** The name the portal gave the resident at sign-up: 居民 and the last four digits of their phone. */
export async function defaultResidentName(actor: Pick<Actor, "id">): Promise<string> {
  const u = await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { phoneEnc: true } });
  return written("recorded.residentName", { last4: u.phoneEnc ? decryptPii(u.phoneEnc).slice(-4) : "" });
}

export async function setResidentName(actor: Actor, raw: unknown, client?: ClientInfo) {
  if (actor.role !== "RESIDENT") throw await refuse(actor, "account.rename", { client });
  const input = renameSchema.parse(raw);
  let name: string;
  if (input.keep) name = await defaultResidentName(actor);
  else {
    if (!input.name) throw fieldError("name", "displayNameRequired");
    name = input.name;
  }
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: actor.id }, data: { name } });
    await recordAudit(
      {
        actor,
        action: "user.change",
        target: { type: "User", id: actor.id },
        result: "SUCCESS",
        client,
        detail: { field: "name", own: true, chosen: !input.keep },
      },
      tx,
    );
  });
}
