// S2: the input of every suggestion action, strict and bounded. Messages are keys under "errors".
import { z } from "zod";
import { checkbox, choice, code, id, idempotencyKey, longText, optionalId, text } from "../validation/fields.ts";

export const submitSuggestionSchema = z
  .strictObject({
    title: text({ min: 4, max: 100, tooShort: "titleTooShort", tooLong: "titleTooLong" }),
    content: longText({ min: 10, max: 5000, tooShort: "contentTooShort", tooLong: "contentTooLong" }),
    categoryId: id("categoryRequired"),
    stationId: optionalId(),
    regionId: optionalId(),
    locationText: text({ max: 200 }),
    confidential: checkbox(),
    via: choice(["web", "qr"]).default("web"),
    /** A fresh key per form render: a double click or a retry creates one suggestion (R2). */
    idempotencyKey: idempotencyKey(),
  })
  .refine((v) => v.stationId != null || v.regionId != null, { error: "placeRequired", path: ["stationId"] });

export type SubmitSuggestionInput = z.infer<typeof submitSuggestionSchema>;

export const trackingCodeSchema = code(/^[A-Z0-9]{8}$/, "trackingCodeFormat");

export { PHOTO_LIMITS, REPLY_FILE_LIMITS } from "./upload-limits.ts";
