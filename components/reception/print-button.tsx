"use client";
import { buttonStyles } from "@/components/ui/button-styles";

export function PrintButton({ label }: { label: string }) {
  return <button type="button" onClick={() => window.print()} className={`${buttonStyles.secondary} print-hidden`}>{label}</button>;
}
