// Uploaded photos are checked by content, not by the name or the browser's claim: JPEG, PNG or WebP only.
import { AppError } from "../errors.ts";
import { PHOTO_LIMITS } from "./schemas.ts";

export type Photo = { fileName: string; mimeType: string; data: Uint8Array<ArrayBuffer> };

function sniff(b: Buffer): string | null {
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return "image/jpeg";
  if (b.length >= 8 && b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return "image/png";
  if (b.length >= 12 && b.toString("ascii", 0, 4) === "RIFF" && b.toString("ascii", 8, 12) === "WEBP") return "image/webp";
  return null;
}

export async function readPhotos(files: File[]): Promise<Photo[]> {
  const real = files.filter((f) => f.size > 0);
  if (real.length > PHOTO_LIMITS.maxFiles) throw new AppError("invalid", "tooManyPhotos");
  const photos: Photo[] = [];
  for (const file of real) {
    if (file.size > PHOTO_LIMITS.maxBytes) throw new AppError("invalid", "photoTooLarge");
    const data = new Uint8Array(await file.arrayBuffer());
    const mimeType = sniff(Buffer.from(data.buffer));
    if (!mimeType) throw new AppError("invalid", "photoType");
    photos.push({ fileName: file.name.slice(0, 200) || "photo", mimeType, data });
  }
  return photos;
}
