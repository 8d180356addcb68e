// Uploaded files (a resident's photos, a unit's reply documents) are checked by content, not by the name or the
// browser's claim, against the limits of where they are uploaded. Photos are re-encoded (docs/decisions/0041):
// what is stored is a fresh image, at most 2048 px on its longest side, with no metadata (a phone's GPS position,
// camera serial, owner name), turned the way the camera meant, plus a small thumbnail for lists.
import sharp from "sharp";
import { AppError } from "../errors.ts";
import { assertDiskRoom } from "../storage/disk.ts";
import { safeFileName } from "../validation/fields.ts";

export type Upload = {
  fileName: string;
  mimeType: string;
  data: Uint8Array<ArrayBuffer>;
  /** A WebP thumbnail (longest side 320 px), for images only. */
  thumbnail?: Uint8Array<ArrayBuffer> | null;
};

export type UploadLimits = {
  maxFiles: number;
  maxBytes: number;
  types: readonly string[];
  /** Message keys (under errors.) for too many files, a file too large, a type not accepted. */
  errors: { tooMany: string; tooLarge: string; type: string };
};

export const IMAGE_MAX_SIDE = 2048;
export const THUMBNAIL_SIDE = 320;
/** A decompression bomb (a tiny file that expands to gigapixels) is refused before it is decoded. */
const MAX_INPUT_PIXELS = 40_000_000;

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

/** Decodes and re-encodes an image in its own format; sharp writes no metadata unless asked to. */
async function reencode(
  data: Buffer,
  mimeType: string,
): Promise<{ data: Uint8Array<ArrayBuffer>; thumbnail: Uint8Array<ArrayBuffer> }> {
  try {
    const source = () => sharp(data, { limitInputPixels: MAX_INPUT_PIXELS, failOn: "error" }).rotate();
    const resized = source().resize({
      width: IMAGE_MAX_SIDE,
      height: IMAGE_MAX_SIDE,
      fit: "inside",
      withoutEnlargement: true,
    });
    const encoded =
      mimeType === "image/png"
        ? resized.png({ compressionLevel: 9 })
        : mimeType === "image/webp"
          ? resized.webp({ quality: 82 })
          : resized.jpeg({ quality: 85, mozjpeg: true });
    const [full, thumb] = await Promise.all([
      encoded.toBuffer(),
      source()
        .resize({ width: THUMBNAIL_SIDE, height: THUMBNAIL_SIDE, fit: "inside", withoutEnlargement: true })
        .webp({ quality: 70 })
        .toBuffer(),
    ]);
    return { data: bytes(full), thumbnail: bytes(thumb) };
  } catch (err) {
    // A file that starts like an image but does not decode (truncated, corrupt, too many pixels).
    console.warn("[upload] image refused:", (err as Error).message);
    throw new AppError("invalid", "imageUnreadable");
  }
}

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
    if (mimeType.startsWith("image/")) uploads.push({ fileName, mimeType, ...(await reencode(raw, mimeType)) });
    else uploads.push({ fileName, mimeType, data: bytes(raw), thumbnail: null });
  }
  return uploads;
}
