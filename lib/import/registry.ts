// Every kind of import's handler (what it reads and writes) and workbooks (its template and export), by kind.
// The worker, the routes and the pages find a kind's code here and nowhere else.
import type { Actor } from "../auth/permissions.ts";
import type { ClientInfo } from "../http/client-info.ts";
import { deputyImport } from "../deputies/import/deputy-import.ts";
import { deputyTemplate, exportDeputies } from "../deputies/import/deputy-workbook.ts";
import { stationImport } from "../stations/import/station-import.ts";
import { exportStations, stationTemplate } from "../stations/import/station-workbook.ts";
import { unitImport } from "../units/import/unit-import.ts";
import { exportUnits, unitTemplate } from "../units/import/unit-workbook.ts";
import { userImport } from "../users/import/user-import.ts";
import { exportUsers, userTemplate } from "../users/import/user-workbook.ts";
import type { ImportHandler } from "./handler.ts";
import type { ImportKind } from "./kinds.ts";

export const IMPORT_HANDLERS: Record<ImportKind, ImportHandler<never>> = {
  deputies: deputyImport as ImportHandler<never>,
  stations: stationImport as ImportHandler<never>,
  units: unitImport as ImportHandler<never>,
  users: userImport as ImportHandler<never>,
};

type Build = (actor: Actor, client?: ClientInfo) => Promise<Buffer>;

/** The template and export of each kind, with the file names they download as. */
export const IMPORT_WORKBOOKS: Record<ImportKind, { template: Build; export: Build; name: string }> = {
  deputies: { template: deputyTemplate, export: exportDeputies, name: "deputies" },
  stations: { template: stationTemplate, export: exportStations, name: "stations" },
  units: { template: unitTemplate, export: exportUnits, name: "units" },
  users: { template: userTemplate, export: exportUsers, name: "accounts" },
};
