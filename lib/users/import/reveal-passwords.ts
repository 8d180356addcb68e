// The one-time passwords of the accounts an import created, shown once to the admin who imported them
// (docs/decisions/0044, 0053). Taking them clears them from the batch in the same statement, so a second click,
// a reload or a second tab finds nothing; the audit row counts them and never holds one.
import { z } from "zod";
import { db } from "../../db.ts";
import { AppError } from "../../errors.ts";
import { recordAudit } from "../../audit/record-audit.ts";
import type { Actor } from "../../auth/permissions.ts";
import { decryptPii } from "../../crypto/pii.ts";
import type { ClientInfo } from "../../http/client-info.ts";
import { loadOwnBatch } from "../../import/batches.ts";

export type IssuedImportPassword = { username: string; name: string; password: string };

const schema = z.strictObject({ importId: z.string().max(40) });

export async function revealImportPasswords(
  actor: Actor,
  raw: unknown,
  client?: ClientInfo,
): Promise<IssuedImportPassword[]> {
  const input = schema.parse(raw);
  const batch = await loadOwnBatch(actor, input.importId, "user.import.reveal", client);
  if (batch.kind !== "users") throw new AppError("notFound");
  const rows = await db.$queryRaw<{ secretsEnc: string }[]>`
    UPDATE "ImportBatch" b SET "secretsEnc" = NULL, "updatedAt" = now()
    FROM (SELECT "id", "secretsEnc" FROM "ImportBatch" WHERE "id" = ${batch.id}::uuid FOR UPDATE) old
    WHERE b."id" = old."id" AND old."secretsEnc" IS NOT NULL
    RETURNING old."secretsEnc"`;
  const sealed = rows[0]?.secretsEnc;
  if (!sealed) throw new AppError("stale", "importPasswordsGone");
  const issued = JSON.parse(decryptPii(sealed)) as IssuedImportPassword[];
  await recordAudit({
    actor,
    action: "user.import.reveal",
    target: { type: "ImportBatch", id: batch.id },
    result: "SUCCESS",
    client,
    detail: { accounts: issued.length },
  });
  return issued;
}
