// The accounts template, and the export of every staff-type account in the same shape (export → edit → import
// round-trips, matched by 用户名). System admin only; passwords are never in either.
import { db } from "../../db.ts";
import { recordAudit } from "../../audit/record-audit.ts";
import type { Actor } from "../../auth/permissions.ts";
import { decryptPii } from "../../crypto/pii.ts";
import type { ClientInfo } from "../../http/client-info.ts";
import { authorizeKind } from "../../import/authorize-kind.ts";
import { buildWorkbook } from "../../import/template.ts";
import { ROLE_NAME, USER_SHEET, type UserKey } from "./sheet.ts";
import type { StaffRole } from "../schemas.ts";

const NOTES = {
  title: "填写说明",
  lines: [
    "1. 每个账号一行，带 * 的列必填。导入按“用户名”匹配：已有的账号更新姓名、角色、范围和手机号，新用户名新建账号。",
    "2. 范围按角色填写一列，其余范围列留空：代表工作机构、常委会领导填区域编码；承办单位填单位编号；联络站管理员填站点编号（多个用“、”分隔）；人大代表填代表编号；系统管理员、安全审计员不填。",
    "3. 新账号各得到一个一次性密码，只在导入结果页显示一次（24 小时内），首次登录必须修改。导入从不重置已有账号的密码；系统管理员账号和您自己的角色请在账号页修改。",
    "4. 请勿使用公式；一个文件最多 50000 行、10 MB。上传后先预览，确认后才写入。",
  ],
};

export async function userTemplate(actor: Actor, client?: ClientInfo): Promise<Buffer> {
  await authorizeKind(actor, "users", "user.template", client);
  return buildWorkbook<UserKey>([{ spec: USER_SHEET, rows: [USER_SHEET.sample ?? {}] }], NOTES);
}

export async function exportUsers(actor: Actor, client?: ClientInfo): Promise<Buffer> {
  await authorizeKind(actor, "users", "user.export", client);
  const users = await db.user.findMany({
    where: { role: { not: "RESIDENT" }, username: { not: null } },
    orderBy: { username: "asc" },
    select: {
      username: true,
      name: true,
      role: true,
      phoneEnc: true,
      region: { select: { code: true } },
      unit: { select: { code: true } },
      deputy: { select: { code: true } },
      stationsManaged: { select: { station: { select: { code: true } } }, orderBy: { stationId: "asc" } },
    },
  });
  const rows = users.map((u) => ({
    username: u.username!,
    name: u.name,
    role: ROLE_NAME[u.role as StaffRole],
    region: u.region?.code ?? "",
    unit: u.unit?.code ?? "",
    stations: u.stationsManaged.map((s) => s.station.code).join("、"),
    deputy: u.deputy?.code ?? "",
    phone: u.phoneEnc ? decryptPii(u.phoneEnc) : "",
  }));
  await recordAudit({ actor, action: "user.export", result: "SUCCESS", client, detail: { accounts: rows.length } });
  return buildWorkbook<UserKey>([{ spec: USER_SHEET, rows }], NOTES);
}
