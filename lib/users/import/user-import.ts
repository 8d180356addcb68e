// Staff accounts as a kind of import (docs/decisions/0053). New accounts get a one-time password each (made and
// hashed before the transaction, since argon2id is slow on purpose), must change it at first sign-in, and the
// passwords go back to the framework, which keeps them encrypted on the batch until the admin reveals them once.
// Existing accounts change name, role, scope and phone; their passwords are never touched. A role change ends
// the account's sessions, as on the account page.
import type { Prisma } from "../../generated/prisma/client.ts";
import { revokeAllSessions } from "../../auth/auth-session.ts";
import { hashPassword } from "../../auth/password.ts";
import type { ImportHandler } from "../../import/handler.ts";
import { writeStations } from "../account-scope.ts";
import { assertStillAdmin } from "../manage-guard.ts";
import { oneTimePassword } from "../one-time-password.ts";
import { checkUserRows, type PlannedAccount, type UserImportData } from "./check-user-import.ts";
import { USER_SHEET } from "./sheet.ts";

type Prepared = UserImportData & { issued?: Map<string, { password: string; hash: string }> };

export const userImport: ImportHandler<Prepared> = {
  sheets: [USER_SHEET],
  mainSheet: USER_SHEET.name,
  check: (sheets, ctx, onProgress) => checkUserRows(sheets[USER_SHEET.name], ctx.createdBy.id, onProgress),
  // In memory only: the clear passwords never reach the preview JSON or any other column.
  async prepare(data) {
    const issued = new Map<string, { password: string; hash: string }>();
    for (const a of data.accounts.filter((x) => x.verdict === "new")) {
      const password = oneTimePassword();
      issued.set(a.username, { password, hash: await hashPassword(password) });
    }
    return { ...data, issued };
  },
  async apply(tx, data, ctx, onProgress) {
    // The uploader must still be an active admin when the write happens (their row held until commit).
    await assertStillAdmin(tx, { ...ctx.createdBy, regionPath: null, unitId: null, deputyId: null, stationIds: [] });
    const total = data.accounts.length;
    const ids = new Map<string, number>();
    let sessionsEnded = 0;
    let done = 0;
    for (const a of data.accounts) {
      ids.set(a.username, a.verdict === "new" ? await create(tx, a, data.issued) : await change(tx, a));
      if (a.verdict === "changed" && a.oldRole !== a.role) sessionsEnded += await revokeAllSessions(a.id!, tx);
      if (++done % 100 === 0) await onProgress(done, total);
    }
    await tx.auditEvent.createMany({
      data: data.accounts.map((a): Prisma.AuditEventCreateManyInput => ({
        actorId: ctx.createdBy.id,
        actorRole: ctx.createdBy.role,
        action: a.verdict === "new" ? "user.create" : "user.change",
        targetType: "User",
        targetId: String(ids.get(a.username)),
        result: "SUCCESS",
        detail: { via: "import", importId: ctx.id, before: a.before, after: a.after },
      })),
    });
    await onProgress(total, total);
    const created = data.accounts.filter((a) => a.verdict === "new");
    return {
      summary: {
        created: created.length,
        updated: total - created.length,
        unchanged: data.unchanged,
        sessionsEnded,
      },
      secrets: created.map((a) => ({
        username: a.username,
        name: a.name,
        password: data.issued!.get(a.username)!.password,
      })),
    };
  },
};

async function create(tx: Parameters<typeof userImport.apply>[0], a: PlannedAccount, issued: Prepared["issued"]) {
  const u = await tx.user.create({
    data: {
      username: a.username,
      name: a.name,
      role: a.role,
      passwordHash: issued!.get(a.username)!.hash,
      mustChangePassword: true,
      // A staff phone is for messages only, never a sign-in key (docs/decisions/0042): no phoneHmac.
      phoneEnc: a.phoneEnc,
      regionId: a.regionId,
      unitId: a.unitId,
      deputyId: a.deputyId,
    },
    select: { id: true },
  });
  await writeStations(tx, u.id, a.stationIds);
  return u.id;
}

async function change(tx: Parameters<typeof userImport.apply>[0], a: PlannedAccount) {
  // Conditional on the role the preview saw: an account promoted to admin meanwhile is not changed by a file.
  const { count } = await tx.user.updateMany({
    where: { id: a.id!, role: a.oldRole! },
    data: {
      name: a.name,
      role: a.role,
      phoneEnc: a.phoneEnc,
      regionId: a.regionId,
      unitId: a.unitId,
      deputyId: a.deputyId,
    },
  });
  if (count !== 1) throw new Error(`user import: account ${a.username} changed since the preview`);
  await writeStations(tx, a.id!, a.stationIds);
  return a.id!;
}
