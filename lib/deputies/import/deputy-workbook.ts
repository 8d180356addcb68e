// The deputies template to download, and the export of the region's deputies in the same shape, so that
// export → edit → import round-trips (matched by 代表编号).
import { db } from "../../db.ts";
import { recordAudit } from "../../audit/record-audit.ts";
import type { Actor } from "../../auth/permissions.ts";
import { authorizeKind } from "../../import/authorize-kind.ts";
import type { ClientInfo } from "../../http/client-info.ts";
import { decryptPii } from "../../crypto/pii.ts";
import { fromDbDate } from "../../calendar/civil-date.ts";
import { buildWorkbook } from "../../import/template.ts";
import { DEPUTY_SHEET, LEVEL_NAME, MANDATE_SHEET, type DeputyKey, type MandateKey } from "./sheets.ts";

const NOTES = {
  title: "填写说明",
  lines: [
    "1. “代表”表每位代表一行，“任职”表每个层级、届次一行，两表以“代表编号”对应；带 * 的列必填。",
    "2. 导入按代表编号匹配：编号已存在的代表被更新，新编号新增；同一文件重复导入不会改变任何数据。",
    "3. 层级、性别请从下拉列表选择；日期写成 2026-01-01；选举地区填地区名称或地区代码；所在联络站填站点编号（或站名），多个用“、”分隔。",
    "4. 请勿使用公式；一个文件最多 50000 行、10 MB。上传后先预览，确认后才写入。",
  ],
};

export async function deputyTemplate(actor: Actor, client?: ClientInfo): Promise<Buffer> {
  await authorizeKind(actor, "deputies", "deputy.template", client);
  return buildWorkbook<DeputyKey | MandateKey>(
    [
      { spec: DEPUTY_SHEET, rows: [DEPUTY_SHEET.sample ?? {}] },
      { spec: MANDATE_SHEET, rows: [MANDATE_SHEET.sample ?? {}] },
    ],
    NOTES,
  );
}

/** Every deputy of the actor's region (a mandate or a station in it), with all their mandates. */
export async function exportDeputies(actor: Actor, client?: ClientInfo): Promise<Buffer> {
  const path = await authorizeKind(actor, "deputies", "deputy.export", client);
  const deputies = await db.deputy.findMany({
    where: {
      OR: [
        { mandates: { some: { region: { path: { startsWith: path } } } } },
        { stations: { some: { station: { region: { path: { startsWith: path } } } } } },
      ],
    },
    orderBy: [{ code: "asc" }, { id: "asc" }],
    select: {
      id: true,
      code: true,
      name: true,
      gender: true,
      occupation: true,
      phoneEnc: true,
      bio: true,
      group: { select: { name: true } },
      // Only what lies in the region: the file must import back here unchanged.
      stations: {
        where: { station: { region: { path: { startsWith: path } } } },
        select: { station: { select: { name: true } } },
        orderBy: { stationId: "asc" },
      },
      mandates: {
        where: { region: { path: { startsWith: path } } },
        orderBy: [{ level: "asc" }, { term: "asc" }],
        select: {
          level: true,
          term: true,
          constituency: true,
          startsOn: true,
          endsOn: true,
          region: { select: { code: true } },
        },
      },
    },
  });
  const code = (d: { id: number; code: string | null }) => d.code ?? `D${String(d.id).padStart(6, "0")}`;
  const deputyRows = deputies.map((d) => ({
    code: code(d),
    name: d.name,
    gender: d.gender ?? "",
    occupation: d.occupation ?? "",
    group: d.group?.name ?? "",
    phone: d.phoneEnc ? decryptPii(d.phoneEnc) : "",
    stations: d.stations.map((s) => s.station.name).join("、"),
    bio: d.bio ?? "",
  }));
  const mandateRows = deputies.flatMap((d) =>
    d.mandates.map((m) => ({
      code: code(d),
      level: LEVEL_NAME[m.level],
      term: String(m.term),
      region: m.region.code,
      constituency: m.constituency ?? "",
      startsOn: m.startsOn ? fromDbDate(m.startsOn) : "",
      endsOn: m.endsOn ? fromDbDate(m.endsOn) : "",
    })),
  );
  await recordAudit({
    actor,
    action: "deputy.export",
    result: "SUCCESS",
    client,
    detail: { deputies: deputyRows.length, mandates: mandateRows.length },
  });
  return buildWorkbook<DeputyKey | MandateKey>(
    [
      { spec: DEPUTY_SHEET, rows: deputyRows },
      { spec: MANDATE_SHEET, rows: mandateRows },
    ],
    NOTES,
  );
}
