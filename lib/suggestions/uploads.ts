// Uploaded files (a resident's photos, a unit's reply documents, a station's or deputy's public photo) are checked
// by content, not by the name or the browser's claim, against the limits of where they are uploaded. Images are
// re-encoded (docs/decisions/0041, 0056, lib/uploads/reencode-image.ts): what is stored is a fresh image within the
// limits' profile, with no metadata, turned the way the camera meant, plus a small thumbnail for lists.
import { AppError } from "../errors.ts";
import { ATTACHMENT_IMAGE, reencodeImage, type ImageProfile } from "../uploads/reencode-image.ts";
import { assertDiskRoom } from "../storage/disk.ts";
import { safeFileName } from "../validation/fields.ts";

export type Upload = {
  fileName: string;
  mimeType: string;
  data: Uint8Array<ArrayBuffer>;
  /** A small thumbnail (WebP, or JPEG for public photos), for images only. */
  thumbnail?: Uint8Array<ArrayBuffer> | null;
  /** Pixel size of a re-encoded image. */
  width?: number;
  height?: number;
};

export type UploadLimits = {
  maxFiles: number;
  maxBytes: number;
  types: readonly string[];
  /** Message keys (under errors.) for too many files, a file too large, a type not accepted. */
  errors: { tooMany: string; tooLarge: string; type: string };
  /** How images are re-encoded (lib/uploads/reencode-image.ts); suggestions' attachments by default. */
  image?: ImageProfile;
};

export function sniff(b: Buffer): string | null {
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return "image/jpeg";
  if (b.length >= 8 && b.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    return "image/png";
  if (b.length >= 12 && b.toString("ascii", 0, 4) === "RIFF" && b.toString("ascii", 8, 12) === "WEBP")
    return "image/webp";
  if (b.length >= 5 && b.toString("ascii", 0, 5) === "%PDF-") return "application/pdf";
  return null;
}

/** Keeps only real files (an empty file input sends one of size 0). */
export const filesIn = (values: unknown): File[] =>
  (Array.isArray(values) ? values : [values]).filter((f): f is File => f instanceof File && f.size > 0);

const bytes = (b: Buffer) => new Uint8Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer);

export async function readUploads(files: File[], limits: UploadLimits): Promise<Upload[]> {
  const real = filesIn(files);
  if (real.length > limits.maxFiles) throw new AppError("invalid", limits.errors.tooMany);
  // Sizes first, before any file is read or decoded.
  if (real.some((f) => f.size > limits.maxBytes)) throw new AppError("invalid", limits.errors.tooLarge);
  // A nearly full disk takes PostgreSQL down: below the floor no file is accepted (decision 0060).
  if (real.length) await assertDiskRoom();
  const uploads: Upload[] = [];
  for (const file of real) {
    const raw = Buffer.from(await file.arrayBuffer());
    const mimeType = sniff(raw);
    if (!mimeType || !limits.types.includes(mimeType)) throw new AppError("invalid", limits.errors.type);
    const fileName = safeFileName(file.name);
    if (mimeType.startsWith("image/")) {
      const image = await reencodeImage(raw, mimeType, limits.image ?? ATTACHMENT_IMAGE);
      uploads.push({ fileName, ...image });
    } else uploads.push({ fileName, mimeType, data: bytes(raw), thumbnail: null });
  }
  return uploads;
}
