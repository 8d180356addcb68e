"use client";
// Holds the confirmation of the last step taken. A step usually moves the item on, so the form that took it
// disappears when the page refreshes; the panel stays, and says what happened (U4), announced to screen readers.
import { createContext, useContext, useState, type ReactNode } from "react";

const AnnounceContext = createContext<(message: string) => void>(() => {});

export const useAnnounce = () => useContext(AnnounceContext);

export function ActionPanel({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState<string | null>(null);
  return (
    <AnnounceContext.Provider value={setMessage}>
      <p
        role="status"
        aria-live="polite"
        className={message ? "mb-4 rounded-md border border-green-300 bg-green-50 px-3 py-2 text-green-900" : "sr-only"}
      >
        {message}
      </p>
      {children}
    </AnnounceContext.Provider>
  );
}
