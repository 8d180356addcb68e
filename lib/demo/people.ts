// Generated Chinese names and phone numbers.
import { GIVEN_FEMALE, GIVEN_MALE, SURNAMES } from "./data/names.ts";
import type { Rng } from "./prng.ts";

export function personName(rng: Rng, gender: "男" | "女" = rng.chance(0.5) ? "男" : "女"): string {
  return `${rng.pick(SURNAMES)}${rng.pick(gender === "男" ? GIVEN_MALE : GIVEN_FEMALE)}`;
}

/** 139 + 8 digits; a bijection of the index (7919 is coprime with 10^8), so numbers never repeat. */
export function residentPhone(index: number): string {
  return `139${String((index * 7919 + 3_141_592) % 100_000_000).padStart(8, "0")}`;
}
