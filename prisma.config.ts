// Prisma 7 reads the connection from here, not from schema.prisma. The URL is only needed by the CLI's
// database commands; `prisma generate` runs without one (see docs/decisions/0001-offline-migrations.md).
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5433/liaison" },
});
