import { afterEach, describe, expect, it } from "vitest";
import {
  clientInfoFrom,
  normalizeIp,
  parseTrustedProxies,
  PEER_HEADER,
  PEER_TOKEN_ENV,
  selectClientIp,
} from "@/lib/http/client-info";

const none = parseTrustedProxies("");
const proxies = parseTrustedProxies("10.0.0.5, 172.16.0.0/12, ::1");

describe("client address selection", () => {
  it("uses the socket peer and ignores X-Forwarded-For when no proxy is trusted", () => {
    expect(selectClientIp("198.51.100.7", "1.2.3.4", none)).toBe("198.51.100.7");
    expect(selectClientIp("::ffff:198.51.100.7", "1.2.3.4, 5.6.7.8", none)).toBe("198.51.100.7");
  });

  it("ignores forwarded headers from a peer that is not a trusted proxy", () => {
    expect(selectClientIp("198.51.100.7", "203.0.113.9", proxies)).toBe("198.51.100.7");
  });

  it("takes the right-most untrusted hop when the peer is a trusted proxy", () => {
    // The client forged "6.6.6.6" in front; the proxy appended the real address.
    expect(selectClientIp("10.0.0.5", "6.6.6.6, 203.0.113.9", proxies)).toBe("203.0.113.9");
    // Two proxies in a row, both trusted: walk past both.
    expect(selectClientIp("10.0.0.5", "6.6.6.6, 203.0.113.9, 172.20.1.1", proxies)).toBe("203.0.113.9");
    expect(selectClientIp("::1", "203.0.113.9", proxies)).toBe("203.0.113.9");
  });

  it("stops at a hop that is not an address, and falls back to the peer with no header", () => {
    expect(selectClientIp("10.0.0.5", "203.0.113.9, garbage", proxies)).toBe("10.0.0.5");
    expect(selectClientIp("10.0.0.5", null, proxies)).toBe("10.0.0.5");
    expect(selectClientIp("10.0.0.5", "172.16.0.9", proxies)).toBe("172.16.0.9");
  });

  it("reads addresses with ports and brackets, and refuses non-addresses", () => {
    expect(normalizeIp("[2001:db8::1]:443")).toBe("2001:db8::1");
    expect(normalizeIp("198.51.100.7:5555")).toBe("198.51.100.7");
    expect(normalizeIp("evil.example")).toBeNull();
    expect(normalizeIp("")).toBeNull();
  });

  it("refuses a TRUSTED_PROXIES entry it cannot read", () => {
    expect(() => parseTrustedProxies("10.0.0.0/40")).toThrow(/TRUSTED_PROXIES/);
    expect(() => parseTrustedProxies("proxy.local")).toThrow(/TRUSTED_PROXIES/);
  });
});

describe("the peer stamp", () => {
  afterEach(() => {
    delete process.env[PEER_TOKEN_ENV];
    delete process.env.TRUSTED_PROXIES;
  });

  it("believes only a stamp carrying this process's token; a forged stamp or XFF gives nothing", () => {
    process.env[PEER_TOKEN_ENV] = "tok123";
    const ours = { [PEER_HEADER]: "tok123 ::ffff:198.51.100.7", "x-forwarded-for": "1.2.3.4", "user-agent": "t" };
    expect(clientInfoFrom(ours).ip).toBe("198.51.100.7");
    const forged = { [PEER_HEADER]: "guess 1.2.3.4", "x-forwarded-for": "1.2.3.4" };
    expect(clientInfoFrom(forged).ip).toBeNull();
  });

  it("follows X-Forwarded-For from a stamped trusted proxy", () => {
    process.env[PEER_TOKEN_ENV] = "tok123";
    process.env.TRUSTED_PROXIES = "127.0.0.1";
    const h = new Headers({ [PEER_HEADER]: "tok123 127.0.0.1", "x-forwarded-for": "6.6.6.6, 203.0.113.9" });
    expect(clientInfoFrom(h).ip).toBe("203.0.113.9");
  });
});
