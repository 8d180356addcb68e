import { describe, expect, it } from "vitest";
import { safeNext } from "@/components/auth/safe-next";
import { areaRole } from "@/lib/auth/roles";

describe("redirects after sign-in", () => {
  it("follows same-site paths only", () => {
    expect(safeNext("/staff?x=1", "/go")).toBe("/staff?x=1");
    expect(safeNext("//evil.example", "/go")).toBe("/go");
    expect(safeNext("https://evil.example", "/go")).toBe("/go");
    expect(safeNext("/\\evil.example", "/go")).toBe("/go");
    expect(safeNext(undefined, "/go")).toBe("/go");
  });
  it("knows which role an area path belongs to", () => {
    expect(areaRole("/staff/queue")).toBe("COMMITTEE_STAFF");
    expect(areaRole("/me")).toBe("RESIDENT");
    expect(areaRole("/stations/3")).toBeNull();
    expect(areaRole("/station")).toBe("STATION_ADMIN");
  });
});
