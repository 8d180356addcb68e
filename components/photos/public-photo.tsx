// A station's or deputy's public photo, as stored: already resized and re-encoded at upload, served with a
// year's caching by its content id. A plain <img>: Next's image optimizer would keep a second, resized copy on the
// server's disk, and PostgreSQL is the portal's only store (docs/decisions/0056).
import { photoSrc } from "@/lib/photos/queries";

export function PublicPhoto({
  photo,
  fallbackAlt,
  size = "full",
  className = "",
}: {
  photo: { key: string; alt: string | null; width?: number; height?: number };
  /** Said when staff gave no description: "<name>的照片". */
  fallbackAlt: string;
  size?: "full" | "thumb";
  className?: string;
}) {
  return (
    // eslint-disable-next-line @next/next/no-img-element -- see above: no optimizer cache outside PostgreSQL
    <img
      src={photoSrc(photo.key, size)}
      alt={photo.alt || fallbackAlt}
      width={photo.width}
      height={photo.height}
      loading={size === "thumb" ? "lazy" : undefined}
      decoding="async"
      className={className}
    />
  );
}
