// Stations as a kind of import (docs/decisions/0053): one sheet, checked by check-station-import.ts and written by
// apply-station-import.ts; the framework in lib/import does the rest. The public map learns of it at once.
import { clearReferenceCaches } from "../../cache/reference-data.ts";
import type { ImportHandler } from "../../import/handler.ts";
import { applyStationImport } from "./apply-station-import.ts";
import { checkStationRows, type StationImportData } from "./check-station-import.ts";
import { STATION_SHEET } from "./sheet.ts";

export const stationImport: ImportHandler<StationImportData> = {
  sheets: [STATION_SHEET],
  mainSheet: STATION_SHEET.name,
  check: (sheets, ctx, onProgress) => checkStationRows(sheets[STATION_SHEET.name], ctx.regionPath, onProgress),
  apply: applyStationImport,
  afterApply: clearReferenceCaches,
};
