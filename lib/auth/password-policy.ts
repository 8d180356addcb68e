// S3: 12–128 characters; common passwords and words tied to this portal or the person are refused.
const COMMON = [
  "password",
  "passw0rd",
  "123456",
  "12345678",
  "qwerty",
  "abc123",
  "111111",
  "iloveyou",
  "admin",
  "welcome",
  "letmein",
  "monkey",
  "dragon",
  "woaini",
  "5201314",
  "aaaaaa",
  "qwertyuiop",
  "1q2w3e4r",
  "zxcvbnm",
  "000000",
];
/** Words anyone would guess for this portal: 人大, 代表, 联络站 and their pinyin. */
const CONTEXT = ["人大", "代表", "联络站", "renda", "daibiao", "lianluo", "liaison", "deputy", "congress", "station"];

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;

export type PasswordProblem = "tooShort" | "tooLong" | "common" | "contextWord" | "repetitive";

/** Returns the first problem, or null. `extraWords` are the user's own name, username, station names. */
export function checkPassword(password: string, extraWords: string[] = []): PasswordProblem | null {
  if ([...password].length < PASSWORD_MIN) return "tooShort";
  if ([...password].length > PASSWORD_MAX) return "tooLong";
  const lower = password.toLowerCase();
  if (new Set(lower).size <= 3) return "repetitive";
  if (COMMON.some((w) => lower.includes(w))) return "common";
  const words = [...CONTEXT, ...extraWords.filter((w) => w.length >= 2)].map((w) => w.toLowerCase());
  if (words.some((w) => lower.includes(w))) return "contextWord";
  return null;
}
