// A request body over the server-action limit (next.config.ts serverActions.bodySizeLimit, 16 MB) would make
// Next.js throw inside the action handler and answer 500 after reading up to the limit. The proxy answers it first,
// from the declared length alone, with 413 and a plain Chinese "文件过大" (docs/decisions/0041). The forms check
// sizes in the browser before uploading, so a person only meets this answer when their browser does not.
export const ACTION_BODY_LIMIT_BYTES = 16 * 1024 * 1024;

export const BODY_TOO_LARGE_TEXT = "文件过大：每个文件不能超过 5 MB，一次最多上传 3 个，请压缩后重试。";

/** 413 for a POST whose declared body is over the limit; null otherwise (a body with no length is left to Next). */
export function oversizeBodyAnswer(request: Request): Response | null {
  if (request.method !== "POST") return null;
  const declared = Number(request.headers.get("content-length") ?? "");
  if (!Number.isFinite(declared) || declared <= ACTION_BODY_LIMIT_BYTES) return null;
  return new Response(BODY_TOO_LARGE_TEXT, {
    status: 413,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", Connection: "close" },
  });
}
