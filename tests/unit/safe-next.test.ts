import { describe, expect, it } from "vitest";
import { safeNext } from "@/components/auth/safe-next";
import { areaRole } from "@/lib/auth/roles";

// What a query string hands the page after one round of decoding, for each payload as typed in a URL.
const decoded = (raw: string) => new URLSearchParams(`next=${raw}`).get("next");

const PAYLOADS = [
  "%2F%09%2Fevil.example%2Fphish",
  "/%09/evil.example",
  "%2F%0A%2Fevil.example",
  "%2F%0D%2Fevil.example",
  "//evil",
  "%2F%2Fevil",
  "/\\evil",
  "%2F%5Cevil",
  "\\\\evil",
  "/\\/evil",
  "https://evil",
  "https%3A%2F%2Fevil",
  "HTTPS://evil",
  "javascript:alert(1)",
  "JavaScript%3Aalert(1)",
  "%20//evil",
  "/.//evil",
  "/%2e//evil",
  "///evil",
  "data:text/html,hi",
  "%252F%252Fevil",
  "/%00/evil",
  "evil.example",
];

describe("redirects after sign-in", () => {
  it("follows same-site paths only", () => {
    expect(safeNext("/staff?x=1", "/go")).toBe("/staff?x=1");
    expect(safeNext("/staff/queue#top", "/go")).toBe("/staff/queue#top");
    expect(safeNext("//evil.example", "/go")).toBe("/go");
    expect(safeNext("https://evil.example", "/go")).toBe("/go");
    expect(safeNext("/\\evil.example", "/go")).toBe("/go");
    expect(safeNext(undefined, "/go")).toBe("/go");
  });

  it.each(PAYLOADS)("keeps %s on the site", (raw) => {
    const target = safeNext(decoded(raw), "/go");
    // The browser's reading of the result, from the portal's origin, must stay on the portal.
    expect(new URL(target, "https://portal.example").origin).toBe("https://portal.example");
    expect(target.startsWith("/") && !target.startsWith("//")).toBe(true);
    expect(target).not.toMatch(/[\t\n\r\\]/);
  });

  it("keeps encoded slashes inside a path as a path", () => {
    expect(safeNext("/%2F%2Fevil", "/go")).toBe("/%2F%2Fevil");
  });

  it("knows which role an area path belongs to", () => {
    expect(areaRole("/staff/queue")).toBe("COMMITTEE_STAFF");
    expect(areaRole("/me")).toBe("RESIDENT");
    expect(areaRole("/stations/3")).toBeNull();
    expect(areaRole("/station")).toBe("STATION_ADMIN");
  });
});
