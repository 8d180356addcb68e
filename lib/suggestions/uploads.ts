// Uploaded files (a resident's photos, a unit's reply documents) are checked by content, not by the name or the
// browser's claim, against the limits of where they are uploaded.
import { AppError } from "../errors.ts";

export type Upload = { fileName: string; mimeType: string; data: Uint8Array<ArrayBuffer> };

export type UploadLimits = {
  maxFiles: number;
  maxBytes: number;
  types: readonly string[];
  /** Message keys (under errors.) for too many files, a file too large, a type not accepted. */
  errors: { tooMany: string; tooLarge: string; type: string };
};

function sniff(b: Buffer): string | null {
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

export async function readUploads(files: File[], limits: UploadLimits): Promise<Upload[]> {
  const real = filesIn(files);
  if (real.length > limits.maxFiles) throw new AppError("invalid", limits.errors.tooMany);
  const uploads: Upload[] = [];
  for (const file of real) {
    if (file.size > limits.maxBytes) throw new AppError("invalid", limits.errors.tooLarge);
    const data = new Uint8Array(await file.arrayBuffer());
    const mimeType = sniff(Buffer.from(data.buffer));
    if (!mimeType || !limits.types.includes(mimeType)) throw new AppError("invalid", limits.errors.type);
    uploads.push({ fileName: file.name.slice(0, 200) || "file", mimeType, data });
  }
  return uploads;
}
