// Reads of public photos. A photo put up for a station or a deputy is public by nature: the route serves it to
// anyone who has its key, a hash of its bytes that only the pages showing it hand out (docs/decisions/0056).
import { db } from "../db.ts";

export const PHOTO_KEY_RE = /^[0-9a-f]{32}$/;

/** The address of a photo; a key always names the same bytes, so browsers and proxies may keep it for a year. */
export const photoSrc = (key: string, size: "full" | "thumb" = "full") =>
  size === "thumb" ? `/api/photos/${key}?size=thumb` : `/api/photos/${key}`;

/** What a page needs to show a photo (never the bytes). */
export const photoCardSelect = { key: true, alt: true, width: true, height: true } as const;

export async function photoBytes(
  key: string,
  size: "full" | "thumb",
): Promise<{ body: Uint8Array<ArrayBuffer>; mimeType: string } | null> {
  if (!PHOTO_KEY_RE.test(key)) return null;
  if (size === "thumb") {
    const row = await db.publicPhoto.findFirst({ where: { key }, select: { thumbnail: true } });
    return row ? { body: row.thumbnail, mimeType: "image/jpeg" } : null;
  }
  const row = await db.publicPhoto.findFirst({ where: { key }, select: { data: true, mimeType: true } });
  return row ? { body: row.data, mimeType: row.mimeType } : null;
}

export async function photoExists(key: string) {
  return PHOTO_KEY_RE.test(key) && (await db.publicPhoto.findFirst({ where: { key }, select: { id: true } })) != null;
}
