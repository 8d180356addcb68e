// A photo or file attached to a suggestion or its reply, for someone who may read that suggestion (S1). A reply's
// files reach the proposer only once staff have sent the reply out. A refusal is audited (with the attachment as
// its target) and answered as "not found", exactly like a file that does not exist.
import { db } from "../db.ts";
import { AppError } from "../errors.ts";
import { refuse } from "../auth/guard.ts";
import { roleMay, type Actor } from "../auth/permissions.ts";
import type { ClientInfo } from "../http/client-info.ts";
import { loadSuggestionForAction } from "./load-for-action.ts";

export async function readAttachment(actor: Actor, id: number, client: ClientInfo) {
  const file = await db.attachment.findUnique({
    where: { id },
    select: {
      suggestionId: true,
      mimeType: true,
      data: true,
      thumbnail: true,
      fileName: true,
      reply: { select: { status: true, suggestionId: true } },
    },
  });
  // A file belongs to exactly one of a suggestion, a reply or a handling record (a CHECK in the database).
  const suggestionId = file?.suggestionId ?? file?.reply?.suggestionId;
  if (!file || !suggestionId) return null;
  const target = { type: "Attachment", id };
  try {
    await loadSuggestionForAction(suggestionId, actor, "suggestion.read", db, { target, client });
  } catch (err) {
    if (err instanceof AppError) return null;
    throw err;
  }
  // The item's scope was checked just above; here only the role decides.
  if (file.reply && file.reply.status !== "SENT" && !roleMay(actor, "reply.readUnsent")) {
    await refuse(actor, "reply.readUnsent", { target, client, detail: { suggestionId } });
    return null;
  }
  return { mimeType: file.mimeType, data: file.data, thumbnail: file.thumbnail, fileName: file.fileName };
}
