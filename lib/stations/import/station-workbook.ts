// The stations template to download, and the export of the region's stations in the same shape, so that
// export → edit → import round-trips (matched by 编号).
import { db } from "../../db.ts";
import { recordAudit } from "../../audit/record-audit.ts";
import type { Actor } from "../../auth/permissions.ts";
import type { ClientInfo } from "../../http/client-info.ts";
import { authorizeKind } from "../../import/authorize-kind.ts";
import { buildWorkbook } from "../../import/template.ts";
import { KIND_NAME, STATION_SHEET, type StationKey } from "./sheet.ts";

const NOTES = {
  title: "填写说明",
  lines: [
    "1. 每个站点一行，带 * 的列必填。导入按“编号”匹配：编号已存在的站点被更新，新编号新增；同一文件重复导入不会改变任何数据。",
    "2. 类型请从下拉列表选择。家—站—点：联络点必须填写所属联络站的编号，联络站可以填写所属代表之家的编号，代表之家不填上级。上级站点可以在同一文件中。",
    "3. 区域编码填站点所在地区的地区代码；经度、纬度用 GCJ-02 坐标（高德、腾讯地图上取得的坐标），系统会检查位置是否合理。",
    "4. 导入不会关闭、删除站点，也不改星级（星级通过评定记录修改）。请勿使用公式；一个文件最多 50000 行、10 MB。上传后先预览，确认后才写入。",
  ],
};

export async function stationTemplate(actor: Actor, client?: ClientInfo): Promise<Buffer> {
  await authorizeKind(actor, "stations", "station.template", client);
  return buildWorkbook<StationKey>([{ spec: STATION_SHEET, rows: [STATION_SHEET.sample ?? {}] }], NOTES);
}

/** Every station of the actor's region (open and closed), parents before children. */
export async function exportStations(actor: Actor, client?: ClientInfo): Promise<Buffer> {
  const path = await authorizeKind(actor, "stations", "station.export", client);
  const stations = await db.station.findMany({
    where: { region: { path: { startsWith: path } } },
    orderBy: { code: "asc" },
    select: {
      code: true,
      name: true,
      kind: true,
      address: true,
      lat: true,
      lng: true,
      openingHours: true,
      contactName: true,
      contactPhone: true,
      intro: true,
      parent: { select: { code: true } },
      region: { select: { code: true } },
    },
  });
  const rank = { HOME: 0, STATION: 1, POINT: 2 } as const;
  stations.sort((a, b) => rank[a.kind] - rank[b.kind] || a.code.localeCompare(b.code));
  const rows = stations.map((s) => ({
    code: s.code,
    name: s.name,
    kind: KIND_NAME[s.kind],
    parent: s.parent?.code ?? "",
    region: s.region.code,
    address: s.address,
    lng: String(Number(s.lng)),
    lat: String(Number(s.lat)),
    openingHours: s.openingHours,
    contactName: s.contactName ?? "",
    contactPhone: s.contactPhone ?? "",
    intro: s.intro ?? "",
  }));
  await recordAudit({ actor, action: "station.export", result: "SUCCESS", client, detail: { stations: rows.length } });
  return buildWorkbook<StationKey>([{ spec: STATION_SHEET, rows }], NOTES);
}
