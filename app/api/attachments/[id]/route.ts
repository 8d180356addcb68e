// A photo or file attached to a suggestion or its reply, for someone who may read that suggestion (S1), never
// cached. A reply's files reach the proposer only once staff have sent the reply out.
import { db } from "@/lib/db";
import { getActor } from "@/lib/auth/current-actor";
import { loadSuggestionForAction } from "@/lib/suggestions/load-for-action";
import { AppError } from "@/lib/errors";
import { roleMay } from "@/lib/auth/permissions";
import { notFound, PRIVATE_HEADERS, unauthenticated } from "@/lib/http/private-response";

export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await getActor();
  if (!actor) return unauthenticated();
  const n = /^\d{1,9}$/.test(id) ? Number(id) : NaN;
  const file = Number.isFinite(n)
    ? await db.attachment.findUnique({
        where: { id: n },
        select: {
          suggestionId: true,
          mimeType: true,
          data: true,
          thumbnail: true,
          fileName: true,
          reply: { select: { status: true, suggestionId: true } },
        },
      })
    : null;
  // A file belongs to exactly one of a suggestion, a reply or a handling record (a CHECK in the database).
  const suggestionId = file?.suggestionId ?? file?.reply?.suggestionId;
  if (!file || !suggestionId) return notFound();
  try {
    await loadSuggestionForAction(suggestionId, actor, "suggestion.read");
  } catch (err) {
    if (err instanceof AppError) return notFound();
    throw err;
  }
  // The item's scope was checked just above; here only the role decides.
  if (file.reply && file.reply.status !== "SENT" && !roleMay(actor, "reply.readUnsent")) return notFound();
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
