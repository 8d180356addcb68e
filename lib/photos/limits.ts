// Limits of a station's or deputy's public photo, in a file of their own so the upload form can check them in the
// browser without pulling zod or sharp into the page (P4). The server checks them again (lib/suggestions/uploads.ts)
// and re-encodes with PUBLIC_PHOTO_IMAGE (lib/uploads/reencode-image.ts, docs/decisions/0056).
export const PUBLIC_PHOTO_IMAGE = {
  maxSide: 1600,
  thumbnailSide: 320,
  format: "jpeg",
  maxBytes: 600 * 1024,
} as const;

export const PUBLIC_PHOTO_LIMITS = {
  maxFiles: 1,
  maxBytes: 5 * 1024 * 1024,
  types: ["image/jpeg", "image/png", "image/webp"],
  errors: { tooMany: "tooManyPhotos", tooLarge: "photoTooLarge", type: "photoType" },
  image: PUBLIC_PHOTO_IMAGE,
} as const;

export const PHOTO_ALT_MAX = 120;
