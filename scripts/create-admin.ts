// `npm run admin:create -- <username> [--name 姓名]`: the first system administrator of a real installation
// (S3: no default accounts in production). Prints a one-time password once; at first sign-in the admin sets up
// the second factor (no secret is created here: enrolment shows the QR code), then must change the password.
import { randomInt } from "node:crypto";
import { loadLocalSecrets } from "./lib/local-secrets.ts";
import { prepareDatabase } from "./lib/prepare-database.ts";

// No look-alike characters, so the password can be read out or copied by hand.
const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
const oneTimePassword = () => Array.from({ length: 20 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  const username = args.find((a) => !a.startsWith("--"));
  const nameIndex = args.indexOf("--name");
  const name = nameIndex >= 0 ? args[nameIndex + 1] : "系统管理员";
  if (!username || !/^[A-Za-z0-9._-]{3,40}$/.test(username)) {
    console.error("usage: npm run admin:create -- <username (3–40 letters, digits, . _ -)> [--name 姓名]");
    return 2;
  }
  loadLocalSecrets();
  const database = await prepareDatabase({ demoData: false });
  try {
    const { db } = await import("../lib/db.ts");
    const { hashPassword } = await import("../lib/auth/password.ts");
    const { recordAudit } = await import("../lib/audit/record-audit.ts");
    if (await db.user.findUnique({ where: { username } })) {
      console.error(`An account named "${username}" already exists.`);
      return 1;
    }
    const password = oneTimePassword();
    const user = await db.user.create({
      data: {
        role: "SYSTEM_ADMIN",
        name: name ?? "系统管理员",
        username,
        passwordHash: await hashPassword(password),
        mustChangePassword: true,
      },
    });
    await recordAudit({
      action: "user.create",
      result: "SUCCESS",
      target: { type: "User", id: user.id },
      detail: { role: "SYSTEM_ADMIN", via: "admin:create" },
    });
    console.log(
      `\nCreated system administrator "${username}".\nOne-time password (shown once; at first sign-in, set up the second factor with an authenticator app, then choose your own password):\n\n    ${password}\n`,
    );
    await db.$disconnect();
    return 0;
  } finally {
    await database.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
