// S3: 12–64 characters, and strong by a real estimator (zxcvbn-ts with its common-password and English
// dictionaries: keyboard walks such as 1qaz2wsx3edc, sequences, dates, l33t and leaked passwords), plus the words
// anyone would guess for this portal. Runs on the server only: the dictionaries are megabytes, so nothing that
// reaches a browser may import this file (next.config.ts keeps the packages out of the bundles).
import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as en from "@zxcvbn-ts/language-en";

/** Words tied to this portal: 人大, 代表, 联络站, the portal's name, their pinyin, and the README's demo password. */
export const PORTAL_WORDS = [
  "人大",
  "代表",
  "联络站",
  "人大代表联络站",
  "联络站服务平台",
  "江州",
  "renda",
  "daibiao",
  "lianluo",
  "lianluozhan",
  "liaison",
  "deputy",
  "congress",
  "station",
  "portal",
  "jiangzhou",
  "demo-pass-2026",
  "demopass2026",
];

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 64;
/** zxcvbn's 0..4 scale: 3 is "safely unguessable" (about 10^8 guesses and more). */
export const PASSWORD_MIN_SCORE = 3;

/**
 * The estimator's cost grows steeply with length (half a second for 64 characters on a busy server); it reads the
 * first 32, which decide anyway: a password whose first 32 characters are strong is strong.
 */
const ESTIMATE_CHARS = 32;

export type PasswordProblem = "tooShort" | "tooLong" | "contextWord" | "repetitive" | "weak";

let estimator: ZxcvbnFactory | undefined;
// Built on first use: the dictionaries take a moment to index and most requests never check a password.
function getEstimator(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...en.dictionary, portal: PORTAL_WORDS },
    graphs: common.adjacencyGraphs,
    // Bounds the work per check (the l33t matcher is combinatorial): a password is checked on a sign-up-like form
    // an attacker can post repeatedly, so one check must stay in milliseconds, not seconds.
    l33tMaxSubstitutions: 8,
    maxLength: ESTIMATE_CHARS,
  });
  return estimator;
}

/**
 * Returns the first problem, or null. `extraWords` are the person's own name, username and station names: a
 * password containing one is refused outright (a clearer message than "weak"), and all of them also lower the
 * estimator's score when they appear in a changed form.
 */
export function checkPassword(password: string, extraWords: string[] = []): PasswordProblem | null {
  const length = [...password].length;
  if (length < PASSWORD_MIN) return "tooShort";
  if (length > PASSWORD_MAX) return "tooLong";
  const lower = password.toLowerCase();
  if (new Set(lower).size <= 3) return "repetitive";
  const personal = extraWords.map((w) => w.trim().toLowerCase()).filter((w) => [...w].length >= 2);
  if ([...PORTAL_WORDS, ...personal].some((w) => lower.includes(w))) return "contextWord";
  const { score } = getEstimator().check([...password].slice(0, ESTIMATE_CHARS).join(""), personal);
  return score < PASSWORD_MIN_SCORE ? "weak" : null;
}
