// Direct database access for what a test must check behind the pages (the outbox, a locked account).
import pg from "pg";
import { createHmac } from "node:crypto";

export async function query<T extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

/** Same keyed hash as lib/crypto/pii.ts piiHmac(phone), to find a person's outbox messages. */
export function phoneHmac(phone: string): string {
  return createHmac("sha256", Buffer.from(process.env.PII_HMAC_KEY!, "base64")).update(`phone:${phone}`).digest("hex");
}
