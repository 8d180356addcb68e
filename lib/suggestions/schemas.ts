// S2: the input of every suggestion action, strict and bounded. Messages are keys under "errors".
import { z } from "zod";

const id = z.coerce.number({ error: "invalid" }).int().positive();
const optionalId = z.preprocess((v) => (v === "" || v == null ? undefined : v), id.optional());

export const submitSuggestionSchema = z
  .strictObject({
    title: z.string().trim().min(4, { error: "titleTooShort" }).max(100, { error: "titleTooLong" }),
    content: z.string().trim().min(10, { error: "contentTooShort" }).max(5000, { error: "contentTooLong" }),
    categoryId: z.coerce.number({ error: "categoryRequired" }).int().positive({ error: "categoryRequired" }),
    stationId: optionalId,
    regionId: optionalId,
    locationText: z.string().trim().max(200, { error: "tooLong" }).optional().default(""),
    confidential: z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean()),
    via: z.enum(["web", "qr"]).default("web"),
    /** A fresh key per form render: a double click or a retry creates one suggestion (R2). */
    idempotencyKey: z.string().regex(/^[A-Za-z0-9-]{16,64}$/, { error: "invalid" }),
  })
  .refine((v) => v.stationId != null || v.regionId != null, { error: "placeRequired", path: ["stationId"] });

export type SubmitSuggestionInput = z.infer<typeof submitSuggestionSchema>;

export const trackingCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z0-9]{8}$/, { error: "trackingCodeFormat" });

/** Photos: a few, small, and really images (checked by their first bytes, not the name). */
export const PHOTO_LIMITS = {
  maxFiles: 3,
  maxBytes: 5 * 1024 * 1024,
  types: ["image/jpeg", "image/png", "image/webp"],
  errors: { tooMany: "tooManyPhotos", tooLarge: "photoTooLarge", type: "photoType" },
} as const;
/** A reply's attachments: scanned letters and photos (PDF or images). */
export const REPLY_FILE_LIMITS = {
  maxFiles: 3,
  maxBytes: 5 * 1024 * 1024,
  types: ["application/pdf", "image/jpeg", "image/png", "image/webp"],
  errors: { tooMany: "tooManyFiles", tooLarge: "fileTooLarge", type: "fileType" },
} as const;
