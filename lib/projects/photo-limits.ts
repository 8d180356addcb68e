// A progress report's photos: at most three, each checked and re-encoded like a station's public photo
// (lib/photos/limits.ts), in a file of its own so the form can check them in the browser without the server code.
import { PUBLIC_PHOTO_LIMITS } from "../photos/limits.ts";

export const PROGRESS_PHOTO_LIMITS = {
  ...PUBLIC_PHOTO_LIMITS,
  maxFiles: 3,
  errors: { ...PUBLIC_PHOTO_LIMITS.errors, tooMany: "delivery.tooManyPhotos" },
} as const;
