/** 星级: stars for the eye, the number in words for screen readers. */
export function StarLevel({ level, label }: { level: number; label: string }) {
  return (
    <span className="inline-flex items-center gap-1">
      <span aria-hidden className="tracking-tight text-amber-600">
        {"★".repeat(level)}
        <span className="text-line">{"★".repeat(Math.max(0, 5 - level))}</span>
      </span>
      <span className="sr-only">{label}</span>
    </span>
  );
}
