// CPU time of a process and all its descendants, read from /proc (Linux): how much of the two cores a page costs
// in the Next.js server and in PostgreSQL's processes, per request, beside its throughput. Elsewhere: null.
import { execSync } from "node:child_process";
import fs from "node:fs";

const ticksPerSecond = (() => {
  try {
    return Number(execSync("getconf CLK_TCK").toString()) || 100;
  } catch {
    return 100;
  }
})();

/** Fields of /proc/<pid>/stat after the command name (which may hold spaces): [state, ppid, …]. */
function stat(pid: number): string[] | null {
  try {
    const text = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    return text.slice(text.lastIndexOf(")") + 2).split(" ");
  } catch {
    return null;
  }
}

export function parentOf(pid: number): number | null {
  const f = stat(pid);
  return f ? Number(f[1]) : null;
}

function tree(root: number): number[] {
  const parents = new Map<number, number[]>();
  for (const name of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    const ppid = parentOf(Number(name));
    if (ppid != null) parents.set(ppid, [...(parents.get(ppid) ?? []), Number(name)]);
  }
  const out = [root];
  for (let i = 0; i < out.length; i++) out.push(...(parents.get(out[i]) ?? []));
  return out;
}

/** CPU milliseconds (user and system) used so far by `root` and each of its descendants, or null without /proc. */
export function treeCpu(root: number): Map<number, number> | null {
  if (!fs.existsSync(`/proc/${root}/stat`)) return null;
  const out = new Map<number, number>();
  for (const pid of tree(root)) {
    const f = stat(pid);
    // utime and stime: fields 14 and 15 of the whole line, 12 and 13 after the command name
    if (f) out.set(pid, ((Number(f[11]) + Number(f[12])) * 1000) / ticksPerSecond);
  }
  return out;
}

/**
 * The CPU spent between two readings: by every process alive at the second, counting one that started in between
 * from zero. A process that exited in between (an idle connection closed) takes its time with it: a little less,
 * never a negative time.
 */
export function cpuSpent(before: Map<number, number> | null, after: Map<number, number> | null): number | null {
  if (!before || !after) return null;
  let ms = 0;
  for (const [pid, t] of after) ms += t - (before.get(pid) ?? 0);
  return ms;
}
