// Loads a suggestion for a role area's detail page: a bad id or an item outside the actor's scope is 404.
import { notFound } from "next/navigation";
import { foundOrNull } from "@/lib/errors";
import { parseId } from "@/lib/validation/fields";
import type { Actor } from "@/lib/auth/permissions";
import { getSuggestionDetail } from "@/lib/suggestions/detail";

export async function loadDetailOr404(actor: Actor, params: Promise<{ id: string }>) {
  const { id } = await params;
  const suggestionId = parseId(id);
  if (!suggestionId) notFound();
  return (await foundOrNull(getSuggestionDetail(actor, suggestionId))) ?? notFound();
}
