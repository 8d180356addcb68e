// Committee staff make a deputy's own sign-in from the deputy editor (issue 11; docs/decisions/0058, amending 0042):
// only a DEPUTY account, only linked to a deputy of their region who is serving and has none yet, with a one-time
// password shown once (decision 0044). Role, scope, disabling, resets and linking existing accounts stay the system
// admin's. The account itself is made by the admin's own use case (issueAccount), so every rule of an account —
// username format and uniqueness, one account per deputy in the database, the audit row — is the same.
import { z } from "zod";
import { AppError } from "../errors.ts";
import type { Actor } from "../auth/permissions.ts";
import type { ClientInfo } from "../http/client-info.ts";
import { issueAccount, type IssuedPassword } from "../users/create-account.ts";
import { createAccountSchema } from "../users/schemas.ts";
import { id } from "../validation/fields.ts";
import { loadDeputyInScope } from "./load-deputy-in-scope.ts";

/** What the staff form may send: no role, no name (the deputy's), no other scope. */
export const createDeputyAccountSchema = z.strictObject({
  deputyId: id(),
  username: z.string(),
  phone: z.string().optional(),
  sendSms: z.string().optional(),
});

export async function createDeputyAccount(actor: Actor, raw: unknown, client?: ClientInfo): Promise<IssuedPassword> {
  const form = createDeputyAccountSchema.parse(raw);
  const deputy = await loadDeputyInScope(actor, form.deputyId, client);
  // A deputy who has left (term change) signs in no more; making them a new account would undo that.
  if (!deputy.active) throw new AppError("invalid", "deputyAccountInactive");
  const input = createAccountSchema.parse({
    username: form.username,
    name: deputy.name,
    phone: form.phone ?? "",
    sendSms: form.sendSms ?? "",
    role: "DEPUTY",
    deputyId: String(deputy.id),
  });
  return issueAccount(actor, input, client, { byAdmin: false });
}
