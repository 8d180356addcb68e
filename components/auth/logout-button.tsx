"use client";
// Signing out goes through next-auth, whose signOut event revokes the server-side session row (S5).
import { signOut } from "next-auth/react";

export function LogoutButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={() => signOut({ callbackUrl: "/" })}
      className="py-2 text-muted hover:text-brand-700"
    >
      {label}
    </button>
  );
}
