// A photo of a duty activity, for those who manage the activity (lib/activities/photos.ts), never cached.
import { getActor } from "@/lib/auth/current-actor";
import { clientInfoFrom } from "@/lib/http/client-info";
import { notFound, PRIVATE_HEADERS, unauthenticated } from "@/lib/http/private-response";
import { readActivityPhoto } from "@/lib/activities/photos";
import { parseId } from "@/lib/validation/fields";

export async function GET(req: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await getActor();
  if (!actor) return unauthenticated();
  const n = parseId(id);
  const photo = n ? await readActivityPhoto(actor, n, clientInfoFrom(req.headers)) : null;
  if (!photo) return notFound();
  const thumb = new URL(req.url).searchParams.get("size") === "thumb";
  return new Response(thumb ? photo.thumbnail : photo.data, {
    headers: {
      ...PRIVATE_HEADERS,
      "Content-Type": thumb ? "image/webp" : photo.mimeType,
      "Content-Disposition": "inline",
    },
  });
}
