// "Navigate" links that open AMap and Baidu Maps at a station. The stored coordinates are GCJ-02: AMap uses them
// as they are, Baidu is told so (coord_type=gcj02) and converts.
export function navigateUrls(s: { name: string; address: string; lat: number; lng: number }) {
  const name = encodeURIComponent(s.name);
  return {
    amap: `https://uri.amap.com/marker?position=${s.lng},${s.lat}&name=${name}&coordinate=gaode&callnative=1`,
    baidu: `https://api.map.baidu.com/marker?location=${s.lat},${s.lng}&title=${name}&content=${encodeURIComponent(s.address)}&output=html&coord_type=gcj02&src=webapp.liaison-portal`,
  };
}

export function NavigateLinks({
  station,
  labels,
}: {
  station: { name: string; address: string; lat: number; lng: number };
  labels: { amap: string; baidu: string };
}) {
  const urls = navigateUrls(station);
  const cls =
    "inline-flex min-h-11 items-center rounded-md border border-line bg-white px-3 text-sm font-medium text-brand-700 hover:bg-brand-50";
  return (
    <span className="flex flex-wrap gap-2">
      <a href={urls.amap} target="_blank" rel="noopener noreferrer" className={cls}>
        {labels.amap}
      </a>
      <a href={urls.baidu} target="_blank" rel="noopener noreferrer" className={cls}>
        {labels.baidu}
      </a>
    </span>
  );
}
