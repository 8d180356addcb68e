// Prisma 7 under the pg adapter reports a unique violation as P2002, with the details in
// meta.driverAdapterError rather than meta.target (architecture.md, "version traps").
export function isUniqueViolation(err: unknown): boolean {
  const e = err as {
    code?: string;
    meta?: { driverAdapterError?: { cause?: { kind?: string; originalCode?: string } } };
  };
  return e?.code === "P2002" || e?.meta?.driverAdapterError?.cause?.originalCode === "23505";
}
