"use client";
// Prints the page (the archive hides navigation and buttons in print).
import { buttonStyles } from "@/components/ui/button-styles";

export function PrintButton({ label }: { label: string }) {
  return <button type="button" onClick={() => window.print()} className={buttonStyles.secondary}>{label}</button>;
}
