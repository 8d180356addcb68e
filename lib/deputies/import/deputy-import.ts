// Deputies as a kind of import (docs/decisions/0049): two sheets, checked by check-deputy-import.ts and written by
// apply-deputy-import.ts; the framework in lib/import does the rest.
import type { ImportHandler } from "../../import/handler.ts";
import { applyDeputyImport } from "./apply-deputy-import.ts";
import { checkDeputyRows, type DeputyImportData } from "./check-deputy-import.ts";
import { DEPUTY_SHEET, MANDATE_SHEET } from "./sheets.ts";

export const deputyImport: ImportHandler<DeputyImportData> = {
  sheets: [DEPUTY_SHEET, MANDATE_SHEET],
  mainSheet: DEPUTY_SHEET.name,
  check: (sheets, ctx, onProgress) =>
    checkDeputyRows(
      {
        deputies: sheets[DEPUTY_SHEET.name],
        mandates: sheets[MANDATE_SHEET.name],
      },
      ctx.regionPath,
      onProgress,
    ),
  apply: async (tx, data, ctx, onProgress) => ({
    summary: await applyDeputyImport(tx, data, ctx.createdBy, ctx.id, onProgress),
  }),
};
