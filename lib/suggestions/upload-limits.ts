// Upload limits, in a file of their own: the forms check them in the browser before uploading, and importing
// them must not pull zod and the schemas into the page's JavaScript (P4). The server checks them again
// (lib/suggestions/uploads.ts); next.config.ts's serverActions.bodySizeLimit (16 MB) is above 3 × 5 MB plus the
// fields, and lib/http/body-limit.ts answers anything larger with "文件过大" before it is read.
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
