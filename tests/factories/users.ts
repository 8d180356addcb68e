// Test factories: the smallest valid rows for a test to stand on. Names are unique per call.
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { encryptPii, piiHmac } from "@/lib/crypto/pii";
import type { Role } from "@/lib/generated/prisma/enums";

let n = 0;
const next = () => `${Date.now().toString(36)}${++n}`;

function residentPhone() {
  const phone = `139${String(Math.floor(Math.random() * 1e8)).padStart(8, "0")}`;
  return { phoneEnc: encryptPii(phone), phoneHmac: piiHmac(phone) };
}

let cachedHash: Promise<string> | undefined;
export const TEST_PASSWORD = "tea-kettle-Harbor-93";
const testHash = () => (cachedHash ??= hashPassword(TEST_PASSWORD));

export async function createRegion(parent?: { id: number; path: string }) {
  const code = String(100000000000 + Math.floor(Math.random() * 899999999999)).slice(0, 12);
  const region = await db.region.create({
    data: { code, name: `区域${next()}`, level: parent ? "DISTRICT" : "CITY", parentId: parent?.id ?? null, path: "/" },
  });
  return db.region.update({ where: { id: region.id }, data: { path: `${parent?.path ?? "/"}${region.id}/` } });
}

export async function createStaffUser(
  role: Role,
  over: { regionId?: number; unitId?: number; username?: string } = {},
) {
  return db.user.create({
    data: {
      role,
      name: `测试${role}`,
      username: over.username ?? `u${next()}`,
      passwordHash: await testHash(),
      // A resident account is only valid with a phone (User_can_sign_in).
      ...(role === "RESIDENT" ? residentPhone() : {}),
      regionId: over.regionId ?? null,
      unitId: over.unitId ?? null,
    },
  });
}
