// The one PrismaClient. The connection timeout keeps requests during a database outage failing fast (R4).
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/prisma/client.ts";
import { env } from "./env.ts";

function create() {
  const adapter = new PrismaPg({
    connectionString: env().DATABASE_URL,
    max: env().DB_POOL_MAX,
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
    statement_timeout: 15_000,
  });
  return new PrismaClient({ adapter });
}

const globalForPrisma = globalThis as unknown as { prisma?: ReturnType<typeof create> };

export const db = globalForPrisma.prisma ?? create();
if (process.env.NODE_ENV !== "production") globalForPrisma.prisma = db;

export type Db = typeof db;
/** A transaction client, for use cases that compose inside one transaction. */
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];
