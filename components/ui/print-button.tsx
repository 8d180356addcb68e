"use client";
// Prints the page; the button itself stays off paper (print styles in app/globals.css).
import { buttonStyles } from "@/components/ui/button-styles";

export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" onClick={() => window.print()} className={`${buttonStyles.secondary} print-hidden`}>
      {label}
    </button>
  );
}
