// The system admin creates a staff-type account with its role and scope. A one-time password is generated,
// returned once to be shown to the admin (never stored in the clear), optionally texted to the account's phone,
// and must be replaced at first sign-in (mustChangePassword, app/account/password).
import { db } from "../db.ts";
import { recordAudit } from "../audit/record-audit.ts";
import { hashPassword } from "../auth/password.ts";
import type { Actor } from "../auth/permissions.ts";
import { encryptPii } from "../crypto/pii.ts";
import type { ClientInfo } from "../http/client-info.ts";
import { onUniqueViolation } from "../database-errors.ts";
import { fieldError } from "../errors.ts";
import { accountSnapshot } from "./account-snapshot.ts";
import { resolveScope, writeStations } from "./account-scope.ts";
import { assertMayManageUsers, assertStillAdmin, auditingRefusal } from "./manage-guard.ts";
import { oneTimePassword } from "./one-time-password.ts";
import { createAccountSchema, type CreateAccountInput } from "./schemas.ts";
import { sendPasswordSms } from "./send-password-sms.ts";

export type IssuedPassword = { userId: number; username: string; name: string; password: string; smsQueued: boolean };

export async function createAccount(actor: Actor, raw: unknown, client?: ClientInfo): Promise<IssuedPassword> {
  await assertMayManageUsers(actor, client, "create");
  const input = createAccountSchema.parse(raw);
  return issueAccount(actor, input, client, { byAdmin: true });
}

/**
 * Creates the account and its one-time password, audited as user.create (refusals too). The one path for every
 * account made in the portal: the admin's form above, and committee staff making a deputy's own sign-in from the
 * deputy editor (lib/deputies/create-deputy-account.ts, docs/decisions/0058), whose caller has checked the role
 * and the deputy's region and passes a DEPUTY input only.
 */
export async function issueAccount(
  actor: Actor,
  input: CreateAccountInput,
  client: ClientInfo | undefined,
  opts: { byAdmin: boolean },
): Promise<IssuedPassword> {
  if (input.sendSms && !input.phone) throw fieldError("phone", "users.phoneNeededForSms");
  const password = oneTimePassword();
  const passwordHash = await hashPassword(password);

  return auditingRefusal(actor, client, "user.create", null, async () => {
    try {
      return await db.$transaction(async (tx) => {
        if (opts.byAdmin) await assertStillAdmin(tx, actor);
        if (await tx.user.findUnique({ where: { username: input.username }, select: { id: true } }))
          throw fieldError("username", "users.usernameTaken");
        const scope = await resolveScope(tx, input);
        if (scope.deputyId != null && (await tx.user.findUnique({ where: { deputyId: scope.deputyId } })))
          throw fieldError("deputyId", "users.deputyHasAccount");
        const phoneEnc = input.phone ? encryptPii(input.phone) : null;
        const user = await tx.user.create({
          data: {
            role: input.role,
            name: input.name,
            username: input.username,
            passwordHash,
            // Staff phones are for messages only: phoneHmac is the key residents sign in with, so it stays empty
            // here (the same person may also hold a resident account on that number) (docs/decisions/0042).
            phoneEnc,
            regionId: scope.regionId,
            unitId: scope.unitId,
            deputyId: scope.deputyId,
            mustChangePassword: true,
          },
          select: { id: true },
        });
        await writeStations(tx, user.id, scope.stationIds);
        if (input.sendSms && phoneEnc) await sendPasswordSms(tx, phoneEnc, input.username, password);
        const after = accountSnapshot({
          role: input.role,
          name: input.name,
          username: input.username,
          phoneEnc,
          ...scope,
          disabledAt: null,
          mustChangePassword: true,
        });
        await recordAudit(
          {
            actor,
            action: "user.create",
            result: "SUCCESS",
            client,
            target: { type: "User", id: user.id },
            detail: { before: null, after, smsQueued: input.sendSms },
          },
          tx,
        );
        return { userId: user.id, username: input.username, name: input.name, password, smsQueued: input.sendSms };
      });
    } catch (err) {
      // Two admins creating the same username (or linking the same deputy) at once: the database decides.
      throw onUniqueViolation(err, "users.usernameOrDeputyTaken");
    }
  });
}
