// Deterministic randomness for the demo data. Every part of the generator draws from its own named stream,
// so changing one part (say, the station list) does not reshuffle everything after it.

const SEED_PREFIX = "liaison-demo-v1";

/** FNV-1a, 32 bits: turns a stream name into a seed. */
export function hashSeed(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const URL_SAFE = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/** mulberry32 with a copyable state, so a step can be replayed exactly. */
export class Rng {
  constructor(public state: number) {}

  static stream(name: string): Rng {
    return new Rng(hashSeed(`${SEED_PREFIX}:${name}`));
  }

  clone(): Rng {
    return new Rng(this.state);
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  float(min: number, max: number): number {
    return min + this.next() * (max - min);
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error("pick from an empty list");
    return items[Math.floor(this.next() * items.length)];
  }

  /** Picks by weight: entries are [value, weight]. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    const total = entries.reduce((sum, [, w]) => sum + w, 0);
    let x = this.next() * total;
    for (const [value, w] of entries) {
      x -= w;
      if (x < 0) return value;
    }
    return entries[entries.length - 1][0];
  }

  /** k distinct items, in random order. */
  sample<T>(items: readonly T[], k: number): T[] {
    const copy = items.slice();
    const n = Math.min(k, copy.length);
    for (let i = 0; i < n; i++) {
      const j = i + Math.floor(this.next() * (copy.length - i));
      [copy[i], copy[j]] = [copy[j], copy[i]];
    }
    return copy.slice(0, n);
  }

  token(length = 22): string {
    let out = "";
    for (let i = 0; i < length; i++) out += URL_SAFE[Math.floor(this.next() * 64)];
    return out;
  }

  digits(length: number): string {
    let out = "";
    for (let i = 0; i < length; i++) out += String(Math.floor(this.next() * 10));
    return out;
  }
}

// Public codes (tracking codes, booking codes): 8 characters from an alphabet without 0/O and 1/I.
// A bijective mix of the row's index over 40 bits makes them unique by construction, with no set to keep
// in memory at a million rows, while still looking random.
const CODE_ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
const MASK40 = (1n << 40n) - 1n;

export function publicCode(index: number, salt: string): string {
  let x = (BigInt(index) + BigInt(hashSeed(salt))) & MASK40;
  x ^= x >> 19n;
  x = (x * 0x9e3779b97n) & MASK40; // odd multiplier: a bijection modulo 2^40
  x ^= x >> 23n;
  x = (x * 0x2545f4914fn) & MASK40;
  x ^= x >> 17n;
  let out = "";
  for (let i = 0; i < 8; i++) {
    out += CODE_ALPHABET[Number(x & 31n)];
    x >>= 5n;
  }
  return out;
}
