// The disk floor (decision 0060): PostgreSQL stops when its disk fills, and photos are what fills it. Below
// DISK_FREE_FLOOR_MB of free space (default 1024; 0 turns the floor off) new uploads are refused with a plain
// Chinese message, text-only forms still work, and /api/health reports the free space. The space measured is
// DISK_FREE_PATH's, else the embedded database's folder (PG_DATA_DIR or .data/pg) when it exists here, else the
// working folder: on a site whose PostgreSQL has a disk of its own, point DISK_FREE_PATH at a mount of it or
// watch that disk with the site's monitoring.
import { existsSync } from "node:fs";
import { statfs } from "node:fs/promises";
import path from "node:path";
import { AppError } from "../errors.ts";

const MB = 1024 * 1024;

export function diskFloorMb(): number {
  const raw = process.env.DISK_FREE_FLOOR_MB;
  const n = raw === undefined || raw === "" ? 1024 : Number(raw);
  return Number.isFinite(n) && n >= 0 ? n : 1024;
}

export function diskPath(): string {
  if (process.env.DISK_FREE_PATH) return path.resolve(process.env.DISK_FREE_PATH);
  const embedded = process.env.PG_DATA_DIR
    ? path.resolve(process.env.PG_DATA_DIR)
    : path.join(process.cwd(), ".data", "pg");
  return existsSync(embedded) ? embedded : process.cwd();
}

export type DiskStatus = { status: "ok" | "low" | "unknown"; freeMb: number | null; floorMb: number };

export async function diskStatus(): Promise<DiskStatus> {
  const floorMb = diskFloorMb();
  try {
    const s = await statfs(diskPath());
    // bavail: what an unprivileged process (PostgreSQL) may still use; the reserved blocks are root's.
    const freeMb = Math.floor((Number(s.bavail) * Number(s.bsize)) / MB);
    return { status: freeMb < floorMb ? "low" : "ok", freeMb, floorMb };
  } catch {
    return { status: "unknown", freeMb: null, floorMb };
  }
}

/** Before any upload is read: below the floor, refuse (the person's text is given back by the form). */
export async function assertDiskRoom(): Promise<void> {
  if (diskFloorMb() === 0) return;
  const disk = await diskStatus();
  if (disk.status === "low") {
    console.warn(`[disk] upload refused: ${disk.freeMb} MB free, floor ${disk.floorMb} MB (${diskPath()})`);
    throw new AppError("unavailable", "diskFull");
  }
}
