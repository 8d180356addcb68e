// Loads a suggestion for a role area's detail page: a bad id or an item outside the actor's scope is 404.
import { notFound } from "next/navigation";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/permissions";
import { getSuggestionDetail } from "@/lib/suggestions/detail";

export async function loadDetailOr404(actor: Actor, params: Promise<{ id: string }>) {
  const { id } = await params;
  if (!/^\d{1,9}$/.test(id)) notFound();
  try {
    return await getSuggestionDetail(actor, Number(id));
  } catch (err) {
    if (err instanceof AppError && (err.code === "notFound" || err.code === "forbidden")) notFound();
    throw err;
  }
}
