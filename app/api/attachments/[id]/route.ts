// A photo or file attached to a suggestion or its reply (lib/suggestions/read-attachment.ts), never cached.
import { getActor } from "@/lib/auth/current-actor";
import { clientInfoFrom } from "@/lib/http/client-info";
import { notFound, PRIVATE_HEADERS, unauthenticated } from "@/lib/http/private-response";
import { readAttachment } from "@/lib/suggestions/read-attachment";
import { parseId } from "@/lib/validation/fields";

export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await getActor();
  if (!actor) return unauthenticated();
  const n = parseId(id);
  const file = n ? await readAttachment(actor, n, clientInfoFrom(req.headers)) : null;
  if (!file) return notFound();
  const name = encodeURIComponent(file.fileName);
  // ?size=thumb: the small WebP made at upload (lists); files stored before there were thumbnails have none.
  if (new URL(req.url).searchParams.get("size") === "thumb" && file.thumbnail) {
    return new Response(file.thumbnail, {
      headers: { ...PRIVATE_HEADERS, "Content-Type": "image/webp", "Content-Disposition": "inline" },
    });
  }
  return new Response(file.data, {
    headers: {
      ...PRIVATE_HEADERS,
      "Content-Type": file.mimeType,
      "Content-Disposition": `inline; filename*=UTF-8''${name}`,
    },
  });
}
