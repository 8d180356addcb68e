// A station's or deputy's public photo, by content id (lib/photos/queries.ts). The key is a hash of the bytes, so
// the answer never changes: cached for a year by browsers and proxies, revalidated by nobody. A key that names no
// photo (never existed, or the photo was taken down) is a 404 that nobody keeps.
import { photoBytes, photoExists, PHOTO_KEY_RE } from "@/lib/photos/queries";

const MISSING = { "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" } as const;

export async function GET(req: Request, { params }: { params: Promise<{ key: string }> }) {
  const { key } = await params;
  const size = new URL(req.url).searchParams.get("size") === "thumb" ? "thumb" : "full";
  if (!PHOTO_KEY_RE.test(key)) return new Response("not found", { status: 404, headers: MISSING });
  const etag = `"${key}${size === "thumb" ? "-t" : ""}"`;
  const cached = {
    "Cache-Control": "public, max-age=31536000, immutable",
    ETag: etag,
    "X-Content-Type-Options": "nosniff",
  };
  // A browser asking "still the same?" is told yes without the bytes (the key is the content), while it exists.
  if (
    req.headers
      .get("if-none-match")
      ?.split(/\s*,\s*/)
      .includes(etag) &&
    (await photoExists(key))
  )
    return new Response(null, { status: 304, headers: cached });
  const photo = await photoBytes(key, size);
  if (!photo) return new Response("not found", { status: 404, headers: MISSING });
  return new Response(photo.body, {
    headers: {
      ...cached,
      "Content-Type": photo.mimeType,
      "Content-Length": String(photo.body.byteLength),
      "Content-Disposition": "inline",
    },
  });
}
