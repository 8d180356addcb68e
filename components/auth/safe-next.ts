// Where to go after sign-in: only a path on this site, never another origin (decision 0031). The value is
// parsed as a URL the way a browser would, against a placeholder origin, and kept only if it stays on that
// origin. Browsers silently drop tabs and newlines inside URLs ("/\t/evil.example" becomes "//evil.example")
// and read "\" as "/", so any control character or backslash is refused outright rather than reasoned about.
const PLACEHOLDER = "http://portal.invalid";

export function safeNext(next: string | null | undefined, fallback: string): string {
  if (!next || next.length > 2000) return fallback;
  if (/[\u0000-\u001f\u007f-\u009f\\]/.test(next)) return fallback;
  if (!next.startsWith("/") || next.startsWith("//")) return fallback;
  let url: URL;
  try {
    url = new URL(next, PLACEHOLDER);
  } catch {
    return fallback;
  }
  if (url.origin !== PLACEHOLDER) return fallback;
  const path = url.pathname + url.search + url.hash;
  // "/.//evil" normalises to "//evil": a protocol-relative URL once handed to the browser.
  return path.startsWith("/") && !path.startsWith("//") ? path : fallback;
}
