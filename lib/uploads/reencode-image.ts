// The one place an uploaded image is decoded and written afresh (docs/decisions/0041, 0056). What comes out is a
// new image with no metadata (sharp writes none unless asked: a phone's GPS position, camera serial and owner name
// are gone), turned the way the camera meant, no larger than the profile allows, plus a small thumbnail.
// Suggestions' photos and reply files keep their own format; public photos of stations and deputies become JPEG
// (every browser shows it) and are capped in bytes as well as in pixels.
import sharp from "sharp";
import { AppError } from "../errors.ts";

export type ImageProfile = {
  /** Longest side of the stored image, in pixels (never enlarged). */
  maxSide: number;
  /** Longest side of the thumbnail. */
  thumbnailSide: number;
  /** "same": in the format it came in (JPEG, PNG, WebP), thumbnail WebP; "jpeg": both JPEG, transparency on white. */
  format: "same" | "jpeg";
  /** If set, the stored image is made smaller (fewer pixels, lower quality) until it fits. */
  maxBytes?: number;
};

/** Suggestions' photos and reply attachments (decision 0041). */
export const ATTACHMENT_IMAGE: ImageProfile = { maxSide: 2048, thumbnailSide: 320, format: "same" };

export type ReencodedImage = {
  mimeType: string;
  data: Uint8Array<ArrayBuffer>;
  thumbnail: Uint8Array<ArrayBuffer>;
  width: number;
  height: number;
};

/** A decompression bomb (a tiny file that expands to gigapixels) is refused before it is decoded. */
const MAX_INPUT_PIXELS = 40_000_000;
/** Below this a capped image stops shrinking (a JPEG this small is tens of KB, far under any sane cap). */
const MIN_SIDE = 320;

const bytes = (b: Buffer) => new Uint8Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer);

export async function reencodeImage(data: Buffer, mimeType: string, profile: ImageProfile): Promise<ReencodedImage> {
  try {
    const source = () => sharp(data, { limitInputPixels: MAX_INPUT_PIXELS, failOn: "error" }).rotate();
    const outType = profile.format === "jpeg" ? "image/jpeg" : mimeType;
    const encode = (side: number, quality: number) => {
      const resized = source().resize({ width: side, height: side, fit: "inside", withoutEnlargement: true });
      return outType === "image/png"
        ? resized.png({ compressionLevel: 9 })
        : outType === "image/webp"
          ? resized.webp({ quality: Math.min(quality, 82) })
          : resized.flatten({ background: "#ffffff" }).jpeg({ quality, mozjpeg: true });
    };
    let side = profile.maxSide;
    let quality = 85;
    let full = await encode(side, quality).toBuffer({ resolveWithObject: true });
    while (profile.maxBytes && full.data.length > profile.maxBytes) {
      if (side <= MIN_SIDE) throw new AppError("invalid", "imageTooLarge");
      // Fewer pixels (bytes go roughly with the pixel count, so the side with the square root of the excess, a
      // little more to land under in one more round) and a little lower quality, down to a floor that still looks
      // like a photo.
      const scale = Math.min(0.9, Math.sqrt(profile.maxBytes / full.data.length) * 0.95);
      side = Math.max(MIN_SIDE, Math.round(Math.max(full.info.width, full.info.height) * scale));
      quality = Math.max(70, quality - 5);
      full = await encode(side, quality).toBuffer({ resolveWithObject: true });
    }
    const thumbResized = source().resize({
      width: profile.thumbnailSide,
      height: profile.thumbnailSide,
      fit: "inside",
      withoutEnlargement: true,
    });
    const thumb = await (
      profile.format === "jpeg"
        ? thumbResized.flatten({ background: "#ffffff" }).jpeg({ quality: 75, mozjpeg: true })
        : thumbResized.webp({ quality: 70 })
    ).toBuffer();
    return {
      mimeType: outType,
      data: bytes(full.data),
      thumbnail: bytes(thumb),
      width: full.info.width,
      height: full.info.height,
    };
  } catch (err) {
    if (err instanceof AppError) throw err;
    // A file that starts like an image but does not decode (truncated, corrupt, too many pixels).
    console.warn("[upload] image refused:", (err as Error).message);
    throw new AppError("invalid", "imageUnreadable");
  }
}
