"use server";
import { cookies } from "next/headers";
import { DISPLAY_COOKIE, isDisplayMode } from "@/lib/display/display-mode";

/** The 长辈版 switch: a plain form post, so it works before any script has loaded (and without one). */
export async function setDisplayMode(form: FormData): Promise<void> {
  const mode = String(form.get("mode") ?? "");
  if (!isDisplayMode(mode)) return;
  const jar = await cookies();
  if (mode === "standard") jar.delete(DISPLAY_COOKIE);
  else jar.set(DISPLAY_COOKIE, mode, { path: "/", maxAge: 365 * 86_400, sameSite: "lax", httpOnly: true });
}
