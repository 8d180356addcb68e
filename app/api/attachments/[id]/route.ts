// A photo or file attached to a suggestion, for someone who may read that suggestion (S1), never cached.
import { db } from "@/lib/db";
import { getActor } from "@/lib/auth/current-actor";
import { loadSuggestionForAction } from "@/lib/suggestions/load-for-action";
import { AppError } from "@/lib/errors";

export async function GET(_req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const headers = { "Cache-Control": "private, no-store", "X-Content-Type-Options": "nosniff" };
  const actor = await getActor();
  if (!actor) return new Response("unauthenticated", { status: 401, headers });
  const n = /^\d{1,9}$/.test(id) ? Number(id) : NaN;
  const file = Number.isFinite(n) ? await db.attachment.findUnique({ where: { id: n }, select: { suggestionId: true, mimeType: true, data: true } }) : null;
  if (!file?.suggestionId) return new Response("not found", { status: 404, headers });
  try {
    await loadSuggestionForAction(file.suggestionId, actor, "suggestion.read");
  } catch (err) {
    if (err instanceof AppError) return new Response("not found", { status: 404, headers });
    throw err;
  }
  return new Response(file.data, { headers: { ...headers, "Content-Type": file.mimeType, "Content-Disposition": "inline" } });
}
