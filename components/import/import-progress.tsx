"use client";
// While an import is checked or written in the worker, the page re-reads itself every 1.5 s (a server refresh:
// the progress comes from the ImportBatch row), so the person sees it move and the page stays usable.
import { useEffect } from "react";
import { useRouter } from "next/navigation";

export function ImportProgress({
  done,
  total,
  label,
  text,
}: {
  done: number;
  total: number;
  label: string;
  text: string;
}) {
  const router = useRouter();
  useEffect(() => {
    const timer = setInterval(() => router.refresh(), 1500);
    return () => clearInterval(timer);
  }, [router]);
  return (
    <div aria-live="polite" className="space-y-1">
      <progress
        aria-label={label}
        max={Math.max(total, 1)}
        value={total ? done : undefined}
        className="h-3 w-full max-w-md"
      />
      <p className="text-sm text-muted">{text}</p>
    </div>
  );
}
