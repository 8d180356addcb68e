// Every import kind's template and export (.xlsx): /api/imports/<kind>/template and /api/imports/<kind>/export.
// The kind's permission only; refusals are audited by the use case and answered as "not found".
import { Readable } from "node:stream";
import { getActor } from "@/lib/auth/current-actor";
import { AppError } from "@/lib/errors";
import { clientInfoFrom } from "@/lib/http/client-info";
import { notFound, unauthenticated, xlsxDownload } from "@/lib/http/private-response";
import { isImportKind } from "@/lib/import/kinds";
import { IMPORT_WORKBOOKS } from "@/lib/import/registry";

export async function GET(req: Request, { params }: { params: Promise<{ kind: string; file: string }> }) {
  const actor = await getActor();
  if (!actor) return unauthenticated();
  const { kind, file } = await params;
  if (!isImportKind(kind) || (file !== "template" && file !== "export")) return notFound();
  const book = IMPORT_WORKBOOKS[kind];
  try {
    const bytes = await book[file](actor, clientInfoFrom(req.headers));
    return xlsxDownload(Readable.from(bytes), file === "template" ? `${book.name}-template.xlsx` : `${book.name}.xlsx`);
  } catch (err) {
    if (err instanceof AppError) return notFound();
    throw err;
  }
}
