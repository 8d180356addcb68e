"use client";
// Signing out goes through next-auth's sign-out endpoint, whose signOut event revokes the server-side session row
// (S5). The two requests next-auth's client would make, written out here: its client module (11.6 KB gzipped)
// would otherwise ship on every signed-in page for this one button (P4's JavaScript budget).
export function LogoutButton({ label }: { label: string }) {
  const signOut = async () => {
    try {
      const { csrfToken } = (await (await fetch("/api/auth/csrf")).json()) as { csrfToken: string };
      const res = await fetch("/api/auth/signout", {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ csrfToken, callbackUrl: "/", json: "true" }),
      });
      if (!res.ok) throw new Error(String(res.status));
      // A whole new page, as next-auth's client does: the router's cache of signed-in pages goes with it.
      // eslint-disable-next-line @next/next/no-location-assign-relative-destination
      window.location.href = "/";
    } catch {
      // Not signed out (the network, a stale page): next-auth's own sign-out page, whose form needs no script.
      // eslint-disable-next-line @next/next/no-location-assign-relative-destination
      window.location.href = "/api/auth/signout";
    }
  };
  return (
    <button type="button" onClick={signOut} className="py-2 text-muted hover:text-brand-700">
      {label}
    </button>
  );
}
