// A small closed-loop load generator: `concurrency` workers each request the URL again as soon as the last
// answer arrived, for `seconds`; every answer must be 200. Latencies are whole responses (body read), as a
// browser would wait for them.
export type LoadResult = {
  path: string;
  requests: number;
  errors: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
};

/** `path` may be a list: each request takes the next one (to measure distinct slices, not one cached answer). */
export async function load(
  base: string,
  path: string | string[],
  opts: { cookie?: string; concurrency: number; seconds: number },
): Promise<LoadResult> {
  const times: number[] = [];
  let errors = 0;
  const until = Date.now() + opts.seconds * 1000;
  const headers: Record<string, string> = opts.cookie ? { cookie: opts.cookie } : {};
  const paths = Array.isArray(path) ? path : [path];
  let next = 0;
  const started = Date.now();
  await Promise.all(
    Array.from({ length: opts.concurrency }, async () => {
      while (Date.now() < until) {
        const t0 = performance.now();
        try {
          const res = await fetch(base + paths[next++ % paths.length], { headers, redirect: "manual" });
          await res.arrayBuffer();
          if (res.status !== 200) errors++;
        } catch {
          errors++;
        }
        times.push(performance.now() - t0);
      }
    }),
  );
  const elapsed = (Date.now() - started) / 1000;
  times.sort((a, b) => a - b);
  const q = (p: number) => Math.round(times[Math.min(times.length - 1, Math.floor(p * times.length))] ?? NaN);
  return {
    path: Array.isArray(path) ? `${path[0]} (+${path.length - 1} other slices)` : path,
    requests: times.length,
    errors,
    rps: Math.round((times.length / elapsed) * 10) / 10,
    p50: q(0.5),
    p95: q(0.95),
    p99: q(0.99),
    max: Math.round(times.at(-1) ?? NaN),
  };
}
