// The units template to download, and the export of the region's units in the same shape (export → edit →
// import round-trips, matched by 编号).
import { db } from "../../db.ts";
import { recordAudit } from "../../audit/record-audit.ts";
import type { Actor } from "../../auth/permissions.ts";
import type { ClientInfo } from "../../http/client-info.ts";
import { authorizeKind } from "../../import/authorize-kind.ts";
import { buildWorkbook } from "../../import/template.ts";
import { UNIT_SHEET, type UnitKey } from "./sheet.ts";

const NOTES = {
  title: "填写说明",
  lines: [
    "1. 每个承办单位一行，带 * 的列必填。导入按“编号”匹配：编号已存在的单位被更新，新编号新增；同一文件重复导入不会改变任何数据。",
    "2. 名称是单位全称，全系统不能重名；区域编码填单位所在地区的地区代码；“启用”选“否”即停用该单位（不删除，已交办的事项保留）。",
    "3. 单位的工作人员账号由系统管理员另行导入或创建。请勿使用公式；一个文件最多 50000 行、10 MB。上传后先预览，确认后才写入。",
  ],
};

export async function unitTemplate(actor: Actor, client?: ClientInfo): Promise<Buffer> {
  await authorizeKind(actor, "units", "unit.template", client);
  return buildWorkbook<UnitKey>([{ spec: UNIT_SHEET, rows: [UNIT_SHEET.sample ?? {}] }], NOTES);
}

export async function exportUnits(actor: Actor, client?: ClientInfo): Promise<Buffer> {
  const path = await authorizeKind(actor, "units", "unit.export", client);
  const units = await db.handlingUnit.findMany({
    where: { region: { path: { startsWith: path } } },
    orderBy: { code: "asc" },
    select: {
      code: true,
      name: true,
      shortName: true,
      contact: true,
      contactPhone: true,
      active: true,
      region: { select: { code: true } },
    },
  });
  const rows = units.map((u) => ({
    code: u.code,
    name: u.name,
    shortName: u.shortName ?? "",
    region: u.region.code,
    contact: u.contact ?? "",
    contactPhone: u.contactPhone ?? "",
    active: u.active ? "是" : "否",
  }));
  await recordAudit({ actor, action: "unit.export", result: "SUCCESS", client, detail: { units: rows.length } });
  return buildWorkbook<UnitKey>([{ spec: UNIT_SHEET, rows }], NOTES);
}
