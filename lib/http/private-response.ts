// Responses of the routes that hand out private files (attachments, Excel exports): never cached, never sniffed,
// and a refusal that does not say whether the thing exists (S1).
import { Readable } from "node:stream";

export const PRIVATE_HEADERS = { "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" } as const;

export const unauthenticated = () => new Response("unauthenticated", { status: 401, headers: PRIVATE_HEADERS });
export const notFound = () => new Response("not found", { status: 404, headers: PRIVATE_HEADERS });

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** A workbook streamed as a download named `fileName`. */
export function xlsxDownload(body: NodeJS.ReadableStream, fileName: string): Response {
  return new Response(Readable.toWeb(body as Readable) as ReadableStream, {
    headers: { ...PRIVATE_HEADERS, "Content-Type": XLSX, "Content-Disposition": `attachment; filename="${fileName}"` },
  });
}
