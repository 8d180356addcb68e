// Files attached to an item or a reply, opened through the permission-checked attachment route.
type File = { id: number; fileName: string; size: number };

export function AttachmentLinks({ files, label }: { files: readonly File[]; label?: string }) {
  if (files.length === 0) return null;
  return (
    <div className="mt-3">
      {label && <p className="text-sm font-medium">{label}</p>}
      <ul className="flex flex-wrap gap-x-4 gap-y-1">
        {files.map((a) => (
          <li key={a.id}>
            <a href={`/api/attachments/${a.id}`} target="_blank" rel="noreferrer" className="text-brand-700 underline">
              {a.fileName}
            </a>
            <span className="ml-1 text-sm text-muted">({Math.max(1, Math.round(a.size / 1024))} KB)</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
