// The region's deputies in the import template's shape (.xlsx), audited. Staff with deputy.manage only; refusals are audited by the use case.
import { Readable } from "node:stream";
import { getActor } from "@/lib/auth/current-actor";
import { AppError } from "@/lib/errors";
import { clientInfoFrom } from "@/lib/http/client-info";
import { notFound, unauthenticated, xlsxDownload } from "@/lib/http/private-response";
import { exportDeputies } from "@/lib/deputies/import/deputy-workbook";

export async function GET(req: Request) {
  const actor = await getActor();
  if (!actor) return unauthenticated();
  try {
    const file = await exportDeputies(actor, clientInfoFrom(req.headers));
    return xlsxDownload(Readable.from(file), "deputies.xlsx");
  } catch (err) {
    if (err instanceof AppError) return notFound();
    throw err;
  }
}
